// `npm run import`: a CSV (ACLED, UCDP GED, our own export, the TimelineJS sheet, or any sheet mapped
// with --map) or a JSON file (TimelineJS, or our own /data/events.json) → event files and the place, actor and figure files they need.
// Never overwrites: events already present (same id) are skipped, entities already present are linked
// to, and every file is created with the `wx` flag. Every file is checked against the content schema
// before it is written, so what an import writes passes `npm run check`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { actorSchema, eventSchema, eventTranslationSchema, figureSchema, placeSchema } from "../content/schema.ts";
import { loadSiteConfig } from "../content/site-config.ts";
import type { SiteConfig } from "../model/types.ts";
import { pluralForm, type PluralForms } from "../markup/plural.ts";
import { EDITOR_NOUN } from "../model/editor-nouns.ts";
import { ENTITY_KINDS, perKind, type PerKind } from "../model/entity-kinds.ts";
import { readCsvTable } from "./csv.ts";
import { detectCsvFormat, FORMAT_NAMES, isTimelineJson, type ImportFormat, type KnownFormat } from "./detect.ts";
import { emptyContent, scanContent } from "./existing.ts";
import { convertAcledRows } from "./formats/acled.ts";
import { convertEventsJson, isEventsJson } from "./formats/dateline-json.ts";
import { convertDatelineRows } from "./formats/dateline.ts";
import { convertMappedRows, describeMap, MapError, parseMap } from "./formats/mapped.ts";
import { convertTimelineJson, convertTimelineSheet } from "./formats/timelinejs.ts";
import { planRecords } from "./plan.ts";
import type { Converted, PlannedFile } from "./record.ts";
import { reconcile } from "./reconcile.ts";
import { planUcdp } from "./ucdp.ts";
import { writeNewContentFiles } from "./write-content.ts";

export type FormatOption = KnownFormat | "auto";
export const FORMAT_OPTIONS: readonly FormatOption[] = ["auto", "dateline", "acled", "ucdp", "timelinejs"];

export interface ImportProgress {
  phase: "read" | "write";
  done: number;
  total: number;
}

export interface ImportOptions {
  format?: FormatOption;
  /** `field=column` specs; they make the import a mapped one. */
  map?: readonly string[];
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

type Counts = PerKind<number>;

export interface ImportReport {
  file: string;
  format: ImportFormat;
  /** How --map (and same-named columns) filled the fields. */
  mapping?: string;
  /** Rows (or TimelineJS events) read. */
  rows: number;
  /** Event files written (with --dry-run: that would be written). */
  written: number;
  /** Translations written beside them. */
  translations: number;
  /** Ids of events already present, skipped. */
  present: string[];
  created: Counts;
  /** Entities the import names that already had files: linked to, not written. */
  reused: Counts;
  warnings: string[];
  dryRun: boolean;
  /** Paths written (or that would be), relative to the content folder. */
  files: string[];
}

/** Bad input: a missing or unreadable file, an unknown format, a bad --map. Reported without a stack. */
export class ImportError extends Error {}

const SCHEMAS = { event: eventSchema, place: placeSchema, actor: actorSchema, figure: figureSchema } as const;

interface ConvertedFile {
  format: ImportFormat;
  rows: number;
  files: PlannedFile[];
  warnings: string[];
  mapping?: string;
}

async function convertFile(file: string, options: ImportOptions): Promise<ConvertedFile> {
  const format = options.format ?? "auto";
  const map = options.map ?? [];
  if (map.length && format !== "auto")
    throw new ImportError(`--map is for sheets in no known format; leave out --format ${format}`);

  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (error) {
    throw new ImportError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  const looksJson = /\.json$/i.test(file) || /^\uFEFF?\s*[{[]/.test(text.subarray(0, 64).toString("utf8"));
  if (looksJson) {
    if (format !== "auto" && format !== "timelinejs")
      throw new ImportError(
        `${file} is JSON; only TimelineJS JSON and our /data/events.json can be imported (--format auto or timelinejs)`,
      );
    let data: unknown;
    try {
      data = JSON.parse(text.toString("utf8").replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new ImportError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    if (isEventsJson(data) && format === "auto") {
      options.onProgress?.({ phase: "read", done: data.events.length, total: data.events.length });
      return { format: "dateline", rows: data.events.length, ...planned(convertEventsJson(data)) };
    }
    if (!isTimelineJson(data))
      throw new ImportError(`${file} is neither TimelineJS JSON nor our events.json: it has no "events" list`);
    const converted = convertTimelineJson(data);
    options.onProgress?.({ phase: "read", done: data.events.length, total: data.events.length });
    return { format: "timelinejs", rows: data.events.length, ...planned(converted) };
  }

  let table: Awaited<ReturnType<typeof readCsvTable>>;
  try {
    table = await readCsvTable(file);
  } catch (error) {
    throw new ImportError(`${file} is not a readable CSV file: ${(error as Error).message}`);
  }
  const { header, rows } = table;
  options.onProgress?.({ phase: "read", done: rows.length, total: rows.length });
  if (map.length) {
    try {
      const columns = parseMap(map, header);
      return {
        format: "mapped",
        rows: rows.length,
        mapping: describeMap(columns),
        ...planned(convertMappedRows(rows, columns)),
      };
    } catch (error) {
      if (error instanceof MapError) throw new ImportError(error.message);
      throw error;
    }
  }
  const detected = detectCsvFormat(header);
  const chosen = format === "auto" ? detected : format;
  if (!chosen) {
    throw new ImportError(
      `cannot tell the format of ${file} from its columns (${header.join(", ")}); ` +
        `map them to fields, for example --map title=<column> --map date=<column>, or pass --format`,
    );
  }
  if (format !== "auto" && detected !== format) {
    const needs: Record<KnownFormat, string> = {
      dateline: "event_id, event_date, time_precision, title",
      acled: "event_id_cnty, event_date, actor1, location",
      ucdp: "id, side_a, side_b, where_coordinates, date_start",
      timelinejs: "Year, Month, Day, Headline, Text",
    };
    throw new ImportError(`${file} is not ${FORMAT_NAMES[format]}: it lacks some of the columns ${needs[format]}`);
  }
  switch (chosen) {
    case "ucdp": {
      const plan = planUcdp(rows, file);
      return { format: "ucdp", rows: rows.length, files: plan.files, warnings: plan.warnings };
    }
    case "dateline":
      return { format: chosen, rows: rows.length, ...planned(convertDatelineRows(rows)) };
    case "acled":
      return { format: chosen, rows: rows.length, ...planned(convertAcledRows(rows)) };
    case "timelinejs":
      return { format: chosen, rows: rows.length, ...planned(convertTimelineSheet(rows)) };
  }
}

function planned(converted: Converted): { files: PlannedFile[]; warnings: string[] } {
  const plan = planRecords(converted.records, converted.entityIds);
  return { files: plan.files, warnings: [...converted.warnings, ...plan.warnings] };
}

/** Drops (with a warning) any file the content schema would refuse: a safety net behind the converters. */
function schemaChecked(files: PlannedFile[], warnings: string[]): PlannedFile[] {
  return files.filter((file) => {
    const result = (file.translation ? eventTranslationSchema : SCHEMAS[file.kind]).safeParse(file.frontMatter);
    if (result.success) return true;
    const issue = result.error.issues[0];
    warnings.push(
      `${file.origin ?? file.path}: ${issue ? `${issue.path.join(".") || "front matter"}: ${issue.message}` : "invalid"}; not written`,
    );
    return false;
  });
}

/**
 * Drops (with a warning) a translation `check` would refuse in this site: in a language it does not
 * publish, or in the event's own language.
 */
function publishedTranslations(files: PlannedFile[], site: SiteConfig, warnings: string[]): PlannedFile[] {
  const languages = site.editions.map((edition) => edition.lang);
  return files.filter((file) => {
    if (!file.translation) return true;
    const { lang, eventLang } = file.translation;
    const why =
      lang === (eventLang ?? site.language)
        ? `it is in the event's own language`
        : languages.includes(lang)
          ? undefined
          : `the site has no ${lang} edition (add it to editions in site.yml)`;
    if (why) warnings.push(`${file.origin ?? file.path}: translation not written: ${why}`);
    return why === undefined;
  });
}

export async function importFile(file: string, contentDir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const converted = await convertFile(file, options);
  const warnings = [...converted.warnings];
  const { site } = await loadSiteConfig(contentDir);
  const files = publishedTranslations(schemaChecked(converted.files, warnings), site, warnings);
  const existing = await scanContent(contentDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return emptyContent();
    throw error;
  });
  const { write, present, reused } = reconcile(files, existing);
  const count = (list: PlannedFile[]): Counts => perKind((kind) => list.filter((f) => f.kind === kind).length);

  let written = write;
  if (!options.dryRun) {
    const result = await writeNewContentFiles(contentDir, write, (done) =>
      options.onProgress?.({ phase: "write", done, total: write.length }),
    );
    for (const file of result.existed) warnings.push(`${file.path} appeared while importing; not overwritten`);
    const existed = new Set(result.existed);
    written = write.filter((f) => !existed.has(f as never));
  }
  const writtenEvents = written.filter((f) => f.kind === "event" && !f.translation);
  return {
    file,
    format: converted.format,
    ...(converted.mapping ? { mapping: converted.mapping } : {}),
    rows: converted.rows,
    written: writtenEvents.length,
    translations: written.filter((f) => f.translation).length,
    present: present.map((f) => f.id),
    created: count(written),
    reused: count(reused),
    warnings,
    dryRun: options.dryRun ?? false,
    files: written.map((f) => f.path),
  };
}

const EVENTS: PluralForms = { one: "event", other: "events" };

/** The closing summary a person reads (in English): what was written, skipped and created, and the warnings. */
export function summarizeImport(report: ImportReport, contentDir: string): string {
  const n = (count: number) => count.toLocaleString("en-US");
  const count = (value: number, forms: PluralForms) => `${n(value)} ${pluralForm(value, forms, "en")}`;
  const would = report.dryRun ? "would be " : "";
  const rows = count(report.rows, { one: "row", other: "rows" });
  const mapping = report.mapping ? ` (${report.mapping})` : "";
  const lines = [`${path.basename(report.file)}: ${FORMAT_NAMES[report.format]}, ${rows}${mapping}`];
  if (report.written === 0 && report.present.length > 0 && report.files.length === 0) {
    lines.push(`Nothing new to import: all ${count(report.present.length, EVENTS)} are already in ${contentDir}.`);
  } else {
    lines.push(`${count(report.written, EVENTS)} ${would}written to ${contentDir}`);
    if (report.present.length) {
      const examples = report.present.slice(0, 3).join(", ") + (report.present.length > 3 ? ", …" : "");
      lines.push(`${count(report.present.length, EVENTS)} already present, skipped (${examples})`);
    }
  }
  if (report.translations) {
    const translations = count(report.translations, { one: "translation", other: "translations" });
    lines.push(`${translations} ${would}written beside them`);
  }
  const created = ENTITY_KINDS.map((kind) => count(report.created[kind], EDITOR_NOUN[kind]));
  lines.push(`entities ${would}created: ${created.join(", ")}`);
  const reused = ENTITY_KINDS.reduce((sum, kind) => sum + report.reused[kind], 0);
  const linked = count(reused, { one: "entity", other: "entities" });
  if (reused) lines.push(`${linked} already in the content linked to, not rewritten`);
  lines.push(count(report.warnings.length, { one: "warning", other: "warnings" }));
  return lines.join("\n");
}

// Reads a content folder into the typed model, collecting every problem of every file in one run.
import { stat } from "node:fs/promises";
import { compareDates } from "../model/calendar.ts";
import { hasErrors, type Diagnostic } from "../diagnostics.ts";
import { reportNearDuplicates } from "../model/near-duplicates.ts";
import { Registry } from "../model/registry.ts";
import { ENTITY_KINDS } from "../model/entity-kinds.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "../model/types.ts";
import { reportWithinCycles, resolveEntityLinks, toDefinedEntity } from "./entities.ts";
import { toEvent, unarchivedSources } from "./events.ts";
import { checkFormerIds } from "./former-ids.ts";
import { displayPath, listContentFiles, type ContentFile } from "./files.ts";
import { deriveId, findDuplicateIds } from "./ids.ts";
import type { ParsedFile, ParsedTranslation, ParseOutcome } from "./parse-file.ts";
import { parseContentFiles } from "./parse-files.ts";
import { loadSiteConfig } from "./site-config.ts";
import { checkTranslations, entityTranslations, eventTranslations, originalLanguage } from "./translations.ts";
import { LazyOrigin } from "./yaml.ts";

export interface LoadOptions {
  /**
   * Parsed files from earlier loads (the dev server's ParseCache, the build cache's ParseStore): only
   * files changed since are parsed again.
   */
  cache?: { parse(files: readonly ContentFile[]): Promise<ParseOutcome[]> };
  /** Also report each web source without an archived copy (`check --sources`). */
  unarchivedSources?: boolean;
}

export interface LoadResult {
  model: Model;
  diagnostics: Diagnostic[];
}

export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  if (!(await isDirectory(contentDir))) {
    diagnostics.push({ file: displayPath(contentDir), line: 1, column: 1, severity: "error", rule: "content-missing", message: "the content folder does not exist" });
  }
  const listed = await listContentFiles(contentDir);
  diagnostics.push(...listed.diagnostics);

  // Originals and translations are parsed in one pass: on every core for a large archive.
  const toParse = [...listed.files, ...listed.translations];
  const parsedFiles: ParsedFile[] = [];
  const parsedTranslations: ParsedTranslation[] = [];
  const outcomes = await (options.cache ? options.cache.parse(toParse) : parseContentFiles(toParse));
  for (const { parsed, translated, diagnostics: found } of outcomes) {
    diagnostics.push(...found);
    if (parsed) parsedFiles.push(parsed);
    if (translated) parsedTranslations.push(translated);
  }

  // The site's languages decide which translations it publishes.
  const config = await loadSiteConfig(contentDir);
  diagnostics.push(...config.diagnostics);
  const site = config.site;
  const checked = checkTranslations({
    translations: parsedTranslations,
    originals: new Map(parsedFiles.map((parsed) => [parsed.source.file, parsed])),
    listed: new Set(listed.files.map((f) => f.file)),
    site,
    languagesKnown: !hasErrors(config.diagnostics),
  });
  diagnostics.push(...checked.diagnostics);
  const translationsOf = (parsed: ParsedFile) => checked.byOriginal.get(parsed.source.file) ?? [];

  const withIds = parsedFiles.map((parsed) => ({ parsed, id: deriveId(parsed.source.file, parsed.fields.id, diagnostics), file: parsed.source.file }));

  const registry = new Registry(site.language);
  const entityFiles: { parsed: Extract<ParsedFile, { kind: EntityKind }>; entity: Entity }[] = [];
  for (const kind of ENTITY_KINDS) {
    const ofKind = withIds.filter((item) => item.parsed.kind === kind);
    const defined = ofKind.map(({ parsed, id }) => {
      const file = parsed as Extract<ParsedFile, { kind: EntityKind }>;
      return toDefinedEntity(file, id, originalLanguage(parsed, site), entityTranslations(translationsOf(parsed)));
    });
    registry.define(kind, defined);
    diagnostics.push(...reportNearDuplicates(defined));
    defined.forEach((d, i) => entityFiles.push({ parsed: ofKind[i]!.parsed as Extract<ParsedFile, { kind: EntityKind }>, entity: d.entity }));
  }
  const withinAt = resolveEntityLinks(entityFiles, registry);

  const eventFiles = withIds.filter((item) => item.parsed.kind === "event");
  const duplicates = findDuplicateIds(eventFiles, "event", diagnostics);
  // Former ids against the current ids of the same kind: an old URL must lead to one page only.
  for (const kind of ["event", ...ENTITY_KINDS] as const) {
    const renamed = withIds
      .filter((item) => item.parsed.kind === kind)
      .map(({ parsed, id, file }) => ({
        id,
        file,
        formerIds: parsed.fields.former_ids,
        formerAt: (i: number) => new LazyOrigin(file, parsed.yaml, ["former_ids", i]),
      }));
    checkFormerIds(kind, renamed, diagnostics);
  }
  const events: TimelineEvent[] = [];
  for (const { parsed, id } of eventFiles) {
    if (duplicates.has(parsed.source.file) || parsed.kind !== "event") continue;
    const translations = eventTranslations(translationsOf(parsed), parsed.fields);
    const converted = toEvent(parsed, id, registry, originalLanguage(parsed, site), translations);
    if (options.unarchivedSources) diagnostics.push(...unarchivedSources(parsed));
    events.push(converted.event);
    diagnostics.push(...converted.diagnostics);
  }
  events.sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  reportWithinCycles(registry.entities.place, withinAt, registry.diagnostics);
  reportWithinCycles(registry.entities.actor, withinAt, registry.diagnostics);
  registry.reportImplicit();
  diagnostics.push(...registry.diagnostics);

  const model: Model = {
    site,
    events,
    places: registry.entities.place,
    actors: registry.entities.actor,
    figures: registry.entities.figure,
  };
  return { model, diagnostics };
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

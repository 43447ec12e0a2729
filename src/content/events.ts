// Event files to timeline events: references resolved, dates checked against each other, sources
// checked, and a plain-text summary for lists, feeds and search. (Body links are checked as the file is
// parsed: src/content/parse-file.ts.)
import type { Diagnostic } from "../diagnostics.ts";
import type { Registry } from "../model/registry.ts";
import { ENTITY_KIND, perKind } from "../model/entity-kinds.ts";
import type { EventTranslation, Source, TimelineEvent } from "../model/types.ts";
import { compareDates, endsBefore, oldestFirst } from "../model/calendar.ts";
import { unique } from "./entities.ts";
import type { ParsedFile } from "./parse-file.ts";
import { LazyOrigin } from "./yaml.ts";

type EventFile = Extract<ParsedFile, { kind: "event" }>;

/** `lang` is the file's language; `translations`, its checked translations' words (src/content/translations.ts). */
export function toEvent(
  parsed: EventFile,
  id: string,
  registry: Registry,
  lang: string,
  translations: Readonly<Record<string, EventTranslation>>,
): { event: TimelineEvent; diagnostics: Diagnostic[] } {
  const { fields, yaml, source } = parsed;
  const file = source.file;
  const diagnostics: Diagnostic[] = [];
  const at = (path: PropertyKey[]) => new LazyOrigin(file, yaml, path);

  const resolved = perKind((kind) => {
    const field = ENTITY_KIND[kind].eventField;
    const resolve = (text: string, i: number) =>
      registry.resolve(Object.assign(at([field, i]), { kind, text, field, lang }));
    return unique(fields[field].map(resolve));
  });

  if (fields.end && endsBefore(fields.end, fields.date)) {
    diagnostics.push({ file, ...yaml.valueAt(["end"]), severity: "error", rule: "date-order", message: `end: ${fields.end.text} is before the date ${fields.date.text}` });
  }
  if (!fields.sources || fields.sources.length === 0) {
    diagnostics.push({
      file, line: 1, column: 1, severity: "warning", rule: "source-missing",
      message: "no sources: add `sources:` with the URL or title of what this event is based on",
    });
  }
  const body = parsed.read;

  const event: TimelineEvent = {
    id,
    file,
    title: fields.title,
    date: fields.date,
    circa: fields.circa,
    places: resolved.place,
    actors: resolved.actor,
    figures: resolved.figure,
    counts: Object.entries(fields.counts).map(([label, value]) => ({ label, value })),
    tags: unique(fields.tags),
    summary: fields.summary ?? body.firstParagraph,
    sources: (fields.sources ?? []).map((s) => withoutUndefined<Source>(s)),
    draft: fields.draft,
    body: parsed.body,
    bodyHtml: body.html,
    bodyLine: parsed.bodyLine,
    lang,
    translations,
  };
  if (fields.end) event.end = fields.end;
  if (fields.former_ids.length > 0) event.formerIds = fields.former_ids;
  if (fields.withdrawn) event.withdrawn = fields.withdrawn;
  if (fields.corrections.length > 0) {
    event.corrections = oldestFirst(fields.corrections).map((i) => fields.corrections[i]!);
    // The page's "Updated" date follows the latest correction.
    const latest = event.corrections.at(-1)!.date;
    if (!event.updated || compareDates(latest, event.updated) > 0) event.updated = latest;
  }
  if (fields.updated) event.updated = fields.updated;
  return { event, diagnostics };
}

/**
 * `check --sources`: a web source without an archived copy (`archive:`) is a link that can rot. Reported
 * as a warning at the source, for sources with a URL; one known only by its title has no web page to keep.
 */
export function unarchivedSources(parsed: EventFile): Diagnostic[] {
  const { fields, yaml, source } = parsed;
  return (fields.sources ?? []).flatMap((s, i) =>
    s.url && !("archive" in s && s.archive)
      ? [
          {
            file: source.file, ...yaml.valueAt(["sources", i]), severity: "warning" as const, rule: "source-unarchived",
            message: `sources: ${s.url} has no archived copy: save it to a web archive (web.archive.org/save, archive.today) and add its address as \`archive:\``,
          },
        ]
      : [],
  );
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

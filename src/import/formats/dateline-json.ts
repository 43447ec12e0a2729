// Our own /data/events.json back into content: the lossless way back for everything but the place
// hierarchy (the JSON names an event's places, not where they lie; the CSV export carries that).
import { readLanguageTag } from "../../content/language-tags.ts";
import { ENTITY_KIND, ENTITY_KINDS, perKind } from "../../model/entity-kinds.ts";
import { normalizeName } from "../../model/normalize.ts";
import type { EntityKind } from "../../model/types.ts";
import { isSlug } from "../../model/slug.ts";
import { markdownBody } from "../markdown-text.ts";
import type { Converted, ImportedSource, ImportedTranslation, ImportRecord } from "../record.ts";
import { dateCell, endAfter, RowProblems, webUrl } from "./common.ts";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const names = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => (isObject(v) ? text(v.name) : undefined)).filter((v): v is string => Boolean(v))
    : [];
const dateOf = (value: unknown) => (isObject(value) ? text(value.value) : undefined);

const languageOf = (value: unknown) => {
  const read = typeof value === "string" ? readLanguageTag(value) : undefined;
  return read?.ok ? read.tag : undefined;
};

/** An events.json document: `events` whose items carry `date: {value, precision}`. */
export function isEventsJson(data: unknown): data is { events: unknown[]; language?: unknown } {
  if (!isObject(data) || !Array.isArray(data.events)) return false;
  const first: unknown = data.events[0];
  return first === undefined
    ? typeof data.$schema === "string" && data.$schema.endsWith("events.schema.json")
    : isObject(first) && isObject(first.date) && "value" in first.date;
}

/**
 * The words of an event in other languages, each a file beside it. A document that carries languages
 * names the site's; an event in it gets `lang:` only when written in another.
 */
function translationsOf(event: Json, origin: string, problems: RowProblems): ImportedTranslation[] {
  const found: ImportedTranslation[] = [];
  for (const [written, raw] of Object.entries(isObject(event.translations) ? event.translations : {})) {
    const lang = languageOf(written);
    const words = isObject(raw) ? raw : {};
    const title = text(words.title);
    if (!lang || !title) {
      problems.warn(origin, `translation "${written}": ${lang ? "no title" : "not a language tag"}; left out`);
      continue;
    }
    const summary = text(words.summary);
    const updated = dateCell(dateOf(words.updated), `${lang} translation updated`, origin, problems, false);
    found.push({ lang, title, ...(summary ? { body: markdownBody(summary) } : {}), ...(updated ? { updated } : {}) });
  }
  return found;
}

export function convertEventsJson(document: { events: unknown[]; language?: unknown }): Converted {
  const siteLanguage = languageOf(document.language);
  const problems = new RowProblems();
  const records: ImportRecord[] = [];
  // The export names every entity by id too: new entity files keep those ids, so their pages keep their URLs.
  const entityIds = perKind(() => new Map<string, string>());
  const remember = (kind: EntityKind, value: unknown) => {
    for (const ref of Array.isArray(value) ? value : []) {
      if (isObject(ref) && text(ref.name) && text(ref.id))
        entityIds[kind].set(normalizeName(text(ref.name)!), text(ref.id)!);
    }
  };
  document.events.forEach((raw, index) => {
    const origin = `event ${index + 1}`;
    const event = isObject(raw) ? raw : {};
    for (const kind of ENTITY_KINDS) remember(kind, event[ENTITY_KIND[kind].collection]);
    const title = text(event.title);
    const date = dateCell(dateOf(event.date), "date", origin, problems, true);
    if (!title) problems.warn(origin, "title: empty; skipped");
    if (!title || !date) return;
    const id = text(event.id);
    if (id !== undefined && !isSlug(id)) problems.warn(origin, `id "${id}" is not a slug; a new id is derived`);
    const end = endAfter(date, dateCell(dateOf(event.end), "end", origin, problems, false), origin, problems);
    const updated = dateCell(dateOf(event.updated), "updated", origin, problems, false);
    const counts = isObject(event.counts)
      ? Object.entries(event.counts).filter(
          (e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]) && e[1] >= 0,
        )
      : [];
    const sources: ImportedSource[] = [];
    for (const source of Array.isArray(event.sources) ? event.sources : []) {
      if (!isObject(source)) continue;
      const found: ImportedSource = {};
      const url = webUrl(text(source.url));
      if (url) found.url = url;
      if (text(source.title)) found.title = text(source.title)!;
      if (text(source.publisher)) found.publisher = text(source.publisher)!;
      const published = dateCell(text(source.date), "source date", origin, problems, false);
      if (published) found.date = published;
      if (found.url || found.title) sources.push(found);
    }
    const summary = text(event.summary);
    const lang = languageOf(event.lang);
    const translations = translationsOf(event, origin, problems);
    records.push({
      origin,
      ...(id && isSlug(id) ? { id } : {}),
      title,
      date,
      ...(end ? { end } : {}),
      ...(event.circa === true ? { circa: true } : {}),
      places: names(event.places).map((name) => ({ chain: [{ name }] })),
      actors: names(event.actors),
      figures: names(event.figures),
      tags: Array.isArray(event.tags) ? event.tags.map(text).filter((t): t is string => Boolean(t)) : [],
      counts,
      ...(summary ? { body: markdownBody(summary) } : {}),
      sources,
      ...(updated ? { updated } : {}),
      ...(lang && lang !== siteLanguage ? { lang } : {}),
      ...(translations.length ? { translations } : {}),
    });
  });
  return { records, warnings: problems.warnings, entityIds };
}

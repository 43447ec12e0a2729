// What an edition's search index holds for each published event, built from the edition's model: one
// Pagefind custom record per event with its text, filters, sort key and metadata, in the edition's
// language. Nothing else becomes a record, so a query can only ever return event pages. Arabic-script
// spelling variants are folded (src/search/fold.ts), as the search page folds what readers type.
import type { CustomRecord } from "pagefind";
import { type CalendarDate } from "../model/calendar.ts";
import { ENTITY_KIND, ENTITY_KINDS, entitiesOf, idsOf, perKind } from "../model/entity-kinds.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "../model/types.ts";
import { selfAndAncestors } from "../model/within.ts";
import { safeLocale } from "../site/format.ts";
import { bodyLanguage } from "../site/localize.ts";
import { SEARCH_SORT_KEY, type SearchFilterKey } from "./filters.ts";
import { foldArabicScript } from "./fold.ts";
import {
  RECORD_WORD_SEPARATORS,
  TEXT_LANG_META,
  TEXT_META,
  TEXT_WORDS_META,
  TITLE_LANG_META,
  type EventRecordMeta,
} from "./record-meta.ts";
import type { SearchEdition } from "./search-editions.ts";

export interface EventRecord {
  event: TimelineEvent;
  record: CustomRecord;
}

/**
 * One record per event, in the order given (the timeline's events, or a batch of them), as the edition
 * shows it. `event` stays the event given, for the file of a problem Pagefind reports.
 */
export function searchRecords(edition: SearchEdition, events: readonly TimelineEvent[]): EventRecord[] {
  const language = recordLanguage(edition.edition.lang);
  return events.map((event) => ({
    event,
    record: eventRecord(edition, event, language),
  }));
}

function eventRecord(edition: SearchEdition, original: TimelineEvent, language: string): CustomRecord {
  const { model } = edition;
  const event = edition.events.get(original.id) ?? original;
  const lang = edition.edition.lang;
  const textLang = bodyLanguage(original, lang);
  const entities = perKind((kind) => named(model, kind, idsOf(event, kind)));
  const { place: places, actor: actors, figure: figures } = entities;

  const filters = new Map<SearchFilterKey, string[]>();
  for (const kind of ENTITY_KINDS) {
    // An event at al-Qaim is also an event in Anbar and in Iraq; an event of a brigade is also one of
    // its force, as on the entity pages.
    const { searchFilter, within } = ENTITY_KIND[kind];
    const counted = within ? withEnclosing(model, kind, entities[kind]) : entities[kind];
    filters.set(searchFilter, unique(counted.map((e) => e.name)));
  }
  filters.set("year", [String(event.date.year)]);
  filters.set("tag", unique(event.tags));
  const { text, content } = recordContent(edition, event, { places, actors, figures });
  const folded = foldArabicScript(text);
  // Keys in this order, as the index has always stored them.
  const meta: EventRecordMeta = {
    title: event.title,
    date: edition.dates.range(event.date, event.end, { circa: event.circa }),
    ...(places.length > 0 ? { place: places.map((p) => p.name).join(", ") } : {}),
    [TEXT_WORDS_META]: String(text === "" ? 0 : text.split(RECORD_WORD_SEPARATORS).length),
    ...(folded === text ? {} : { [TEXT_META]: text }),
    ...(event.lang === lang ? {} : { [TITLE_LANG_META]: event.lang }),
    ...(textLang === lang || text === "" ? {} : { [TEXT_LANG_META]: textLang }),
  };

  return {
    url: edition.urls.event(event.id),
    content: foldArabicScript(content),
    language,
    meta,
    // Pagefind drops empty filter lists anyway; leaving them out keeps the record as it will be stored.
    filters: Object.fromEntries([...filters].filter(([, values]) => values.length > 0)),
    sort: { [SEARCH_SORT_KEY]: sortKey(event.date, event.id) },
  };
}

/**
 * A string that sorts like the timeline: the date as written without its UTC offset (dates are wall-clock
 * values and sort so), then the id. A coarser date sorts before finer ones of the same period because a
 * space sorts below `-` and `T`: "2024 b" < "2024-12 a" < "2024-12-19 c" < "2024-12-19T14:30 d". Never a
 * plain number, so Pagefind always compares these as text.
 */
export function sortKey(date: CalendarDate, id: string): string {
  return `${date.text.replace(/(Z|[+-]\d{2}:\d{2})$/, "")} ${id}`;
}

/** Pagefind wants an ISO 639-1 code: the primary subtag of the site's language (`en` for `en-GB`). */
export function recordLanguage(siteLanguage: string): string {
  return safeLocale(siteLanguage).split("-")[0]!.toLowerCase();
}

interface EventEntities {
  places: Entity[];
  actors: Entity[];
  figures: Entity[];
}

/** Its home is src/search/record-meta.ts, shared with the search page; test/search.test.ts reads it here. */
export { TEXT_WORDS_META };

/**
 * The searchable text: summary and body first (`text`, what excerpts are cut from), then the title, then
 * the names Pagefind should also find the event under (each in the edition's language, then every other
 * name and alias it has, so `القائم`, `Kaim` or `HTS` find it in every edition), enclosing places, tags,
 * counted things and sources. No label words join them: a record is never shown whole, and a label would
 * match every event.
 */
function recordContent(
  { model, original }: SearchEdition,
  event: TimelineEvent,
  { places, actors, figures }: EventEntities,
): { text: string; content: string } {
  const body = htmlText(event.bodyHtml);
  const lead = event.summary && !body.startsWith(event.summary) ? event.summary : "";
  const text = [lead, body].filter((part) => part !== "").join("\n");
  const alsoKnownAs = (e: Entity) =>
    unique([e.name, ...everyName(entitiesOf(original, e.kind).get(e.id) ?? e)]).join("; ");
  const names = (entities: Entity[]) => (entities.length ? `${entities.map(alsoKnownAs).join("; ")}.` : "");
  const enclosing = withEnclosing(model, "place", places).slice(places.length);
  const sources = event.sources.map((s) => [s.title, s.publisher].filter(Boolean).join(", ")).filter(Boolean);
  const content = [
    text,
    `${event.title}.`,
    names(places),
    names(enclosing),
    names(actors),
    names(figures),
    event.tags.length ? `${event.tags.join(", ")}.` : "",
    event.counts.map((c) => `${c.label}: ${c.value}.`).join(" "),
    sources.length ? `${sources.join("; ")}.` : "",
  ]
    .filter((part) => part !== "")
    .join("\n");
  return { text, content };
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Inline elements our Markdown renderer writes: dropped without a space, so "<em>a</em>." stays "a.". */
const INLINE_TAG = /<\/?(?:a|em|strong|code|s|del|sub|sup)(?:\s[^>]*)?>/g;

/**
 * The text of a body as our one Markdown renderer wrote it (so it is read exactly as the page shows it):
 * inline tags dropped, block tags turned into spaces, the few entities markdown-it writes decoded,
 * white space collapsed.
 */
export function htmlText(bodyHtml: string): string {
  if (bodyHtml.trim() === "") return "";
  return bodyHtml
    .replace(INLINE_TAG, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, " ")
    .trim();
}

function named(model: Model, kind: EntityKind, ids: readonly string[]): Entity[] {
  const entities = entitiesOf(model, kind);
  return ids.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
}

/** The entities themselves, then every entity enclosing them (through `within`), each once. */
function withEnclosing(model: Model, kind: EntityKind, direct: readonly Entity[]): Entity[] {
  const entities = entitiesOf(model, kind);
  const out = new Map(direct.map((e) => [e.id, e]));
  for (const entity of direct) {
    for (const up of selfAndAncestors(entity, entities)) {
      if (up === entity) continue;
      // What encloses an entity already listed is listed already, or will be from that entity's own walk.
      if (out.has(up.id)) break;
      out.set(up.id, up);
    }
  }
  return [...out.values()];
}

/** Every name and alias an entity has in any language: a reader of any edition may type any of them. */
function everyName(entity: Entity): string[] {
  const translations = Object.values(entity.translations);
  return [entity.name, ...entity.aliases, ...translations.flatMap((t) => [t.name, ...t.aliases])].filter(Boolean);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

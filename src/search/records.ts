// What the search index holds for each published event, built from the model: one Pagefind custom
// record per event with its text, filters, sort key and metadata. Nothing else becomes a record, so a
// query can only ever return event pages.
import type { CustomRecord } from "pagefind";
import { type CalendarDate } from "../model/calendar.ts";
import { formatDateRange } from "../site/dates.ts";
import { ENTITY_KIND, ENTITY_KINDS, entitiesOf, idsOf, perKind } from "../model/entity-kinds.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "../model/types.ts";
import { safeLocale } from "../site/format.ts";
import { englishMessages } from "../site/messages.ts";
import { SEARCH_SORT_KEY, type SearchFilterKey } from "./filters.ts";
import { RECORD_WORD_SEPARATORS, TEXT_WORDS_META, type EventRecordMeta } from "./record-meta.ts";
import { urls } from "../site/urls.ts";
import { selfAndAncestors } from "../model/within.ts";

export interface EventRecord {
  event: TimelineEvent;
  record: CustomRecord;
}

/** One record per event, in the order given (the timeline's events, or a batch of them). */
export function searchRecords(model: Model, events: readonly TimelineEvent[]): EventRecord[] {
  const language = recordLanguage(model.site.language);
  return events.map((event) => ({ event, record: eventRecord(model, event, language) }));
}

export function eventRecord(model: Model, event: TimelineEvent, language: string): CustomRecord {
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
  const { content, textWords } = recordContent(model, event, { places, actors, figures });
  // Keys in this order, as the index has always stored them.
  const meta: EventRecordMeta = {
    title: event.title,
    date: formatDateRange(event.date, event.end, { circa: event.circa }),
    ...(places.length > 0 ? { place: places.map((p) => p.name).join(", ") } : {}),
    [TEXT_WORDS_META]: String(textWords),
  };

  return {
    url: urls.event(event.id),
    content,
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
 * The searchable text: summary and body first, then the title, then the names Pagefind should also find
 * the event under (with aliases, so `القائم` or `HTS` find it), tags, counted things and sources.
 */
function recordContent(
  model: Model,
  event: TimelineEvent,
  { places, actors, figures }: EventEntities,
): { content: string; textWords: number } {
  const body = htmlText(event.bodyHtml);
  const lead = event.summary && !body.startsWith(event.summary) ? event.summary : "";
  const text = [lead, body].filter((part) => part !== "").join("\n");
  const alsoKnownAs = (e: Entity) => (e.aliases.length ? `${e.name} (also ${e.aliases.join(", ")})` : e.name);
  const names = (label: string, entities: Entity[]) =>
    entities.length ? `${label}: ${entities.map(alsoKnownAs).join("; ")}.` : "";
  const enclosing = withEnclosing(model, "place", places).slice(places.length);
  const sources = event.sources.map((s) => [s.title, s.publisher].filter(Boolean).join(", ")).filter(Boolean);
  // Labels in the indexed text, never shown (excerpts come from the event's own words): the English legends
  // of the search filters, as one index serves the one site.
  const heading = (kind: EntityKind) => englishMessages.t(`search.filter.${ENTITY_KIND[kind].searchFilter}.legend`);
  const content = [
    text,
    `${event.title}.`,
    names(heading("place"), places),
    enclosing.length ? `In ${enclosing.map((e) => e.name).join(", ")}.` : "",
    names(heading("actor"), actors),
    names(heading("figure"), figures),
    event.tags.length ? `Tags: ${event.tags.join(", ")}.` : "",
    event.counts.map((c) => `${c.label}: ${c.value}.`).join(" "),
    sources.length ? `Sources: ${sources.join("; ")}.` : "",
  ]
    .filter((part) => part !== "")
    .join("\n");
  return { content, textWords: text === "" ? 0 : text.split(RECORD_WORD_SEPARATORS).length };
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

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

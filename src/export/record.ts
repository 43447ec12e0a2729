// One published event as open data: the shape of /data/events.json (and the source of every other
// export). Entity references are resolved to {id, name}; dates keep the precision they were written at.
import { type CalendarDate, type Precision } from "../model/calendar.ts";
import { formatDateRange } from "../site/dates.ts";
import { siteUrl } from "../feeds/site-url.ts";
import { entitiesOf } from "../model/entity-kinds.ts";
import type { EntityKind, EventTranslation, Model, Source, TimelineEvent } from "../model/types.ts";
import { urls } from "../site/urls.ts";
import { carriesLanguages } from "./languages.ts";

export interface DateValue {
  /** As written: `2024`, `2024-12`, `2024-12-19`, `2024-12-19T14:30`, `2024-12-19T14:30+03:00`. */
  value: string;
  precision: Precision;
}

export interface EntityRecord {
  id: string;
  name: string;
}

export interface SourceRecord {
  url?: string;
  title?: string;
  publisher?: string;
  date?: string;
  archive?: string;
  lang?: string;
}

/** An event's words in another language, as the export carries the original's: title and plain-text summary. */
export interface TranslationRecord {
  title: string;
  /** The translation's summary, else its body's first paragraph; empty when neither is translated. */
  summary: string;
  updated: DateValue | null;
}

export interface EventRecord {
  id: string;
  /** The language the event is written in; this and `translations` only when the export carries languages. */
  lang?: string;
  title: string;
  summary: string;
  /** By language, in the order of the site's editions. */
  translations?: Record<string, TranslationRecord>;
  date: DateValue;
  end: DateValue | null;
  circa: boolean;
  /** The date as the site shows it: "c. 8–12 December 2024". */
  date_display: string;
  updated: DateValue | null;
  places: EntityRecord[];
  actors: EntityRecord[];
  figures: EntityRecord[];
  /** Label → number, in the order the editor wrote them. */
  counts: Record<string, number>;
  tags: string[];
  sources: SourceRecord[];
  /** The event's page: absolute with a base URL, else root-relative. */
  url: string;
}

export function dateValue(date: CalendarDate): DateValue {
  return { value: date.text, precision: date.precision };
}

function entities(model: Model, kind: EntityKind, ids: readonly string[]): EntityRecord[] {
  const map = entitiesOf(model, kind);
  return ids.map((id) => ({ id, name: map.get(id)?.name ?? id }));
}

function sourceRecord(source: Source): SourceRecord {
  const record: SourceRecord = {};
  if (source.url) record.url = source.url;
  if (source.title) record.title = source.title;
  if (source.publisher) record.publisher = source.publisher;
  if (source.date) record.date = source.date.text;
  if (source.archive) record.archive = source.archive;
  if (source.lang) record.lang = source.lang;
  return record;
}

// Every export describes each event the same way: build its record once per model (formatting the date
// for display is the costly part), whichever export asks first.
const records = new WeakMap<Model, WeakMap<TimelineEvent, EventRecord>>();

/** The record of an event; the same object for every export of one build (treat it as read-only). */
export function eventRecord(model: Model, event: TimelineEvent): EventRecord {
  let cache = records.get(model);
  if (!cache) records.set(model, (cache = new WeakMap()));
  let record = cache.get(event);
  if (!record || record.url !== siteUrl(model.site, urls.event(event.id))) {
    record = buildRecord(model, event);
    cache.set(event, record);
  }
  return record;
}

function translationRecord(translation: EventTranslation): TranslationRecord {
  const { title, summary, updated } = translation;
  return { title, summary, updated: updated ? dateValue(updated) : null };
}

function buildRecord(model: Model, event: TimelineEvent): EventRecord {
  // fromEntries defines own properties, so even a label such as `__proto__` stays a plain key.
  const counts: Record<string, number> = Object.fromEntries(event.counts.map(({ label, value }) => [label, value]));
  const languages = carriesLanguages(model);
  const translations = () =>
    Object.fromEntries(
      Object.entries(event.translations).map(([lang, translation]) => [lang, translationRecord(translation)]),
    );
  return {
    id: event.id,
    ...(languages ? { lang: event.lang } : {}),
    title: event.title,
    summary: event.summary,
    ...(languages ? { translations: translations() } : {}),
    date: dateValue(event.date),
    end: event.end ? dateValue(event.end) : null,
    circa: event.circa,
    date_display: formatDateRange(event.date, event.end, { circa: event.circa }),
    updated: event.updated ? dateValue(event.updated) : null,
    places: entities(model, "place", event.places),
    actors: entities(model, "actor", event.actors),
    figures: entities(model, "figure", event.figures),
    counts,
    tags: [...event.tags],
    sources: event.sources.map(sourceRecord),
    url: siteUrl(model.site, urls.event(event.id)),
  };
}

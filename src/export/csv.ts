// /data/events.csv: one row per published event, with column names ACLED and UCDP users know. Multi-
// valued cells are joined with "; ". Counts get one column each, `count_<label>`, in order of first use.
// Written with csv-stringify (RFC 4180 quoting); UTF-8 without a byte-order mark.
import { stringify } from "csv-stringify/sync";
import type { Model, TimelineEvent } from "../model/types.ts";
import { placeChain, placeColumns } from "./places.ts";
import { eventRecord } from "./record.ts";

export const LIST_SEPARATOR = "; ";
export const COUNT_PREFIX = "count_";

/** Fixed columns, in order; count columns go between `updated` and `url`. */
export const CSV_COLUMNS = [
  "event_id",
  "event_date",
  "date_end",
  "time_precision",
  "circa",
  "title",
  "location",
  "admin1",
  "admin2",
  "country",
  "latitude",
  "longitude",
  "actor1",
  "actor2",
  "assoc_actors",
  "figures",
  "tags",
  "notes",
  "source",
  "source_title",
  "source_url",
  "updated",
] as const;

type Row = Record<string, string>;

const join = (values: readonly (string | undefined)[]) => values.map((v) => v ?? "").join(LIST_SEPARATOR);

/** One cell per source, empty where a source lacks the field; empty when no source has it. */
function perSource(values: readonly (string | undefined)[]): string {
  return values.some((v) => v) ? join(values) : "";
}

export function eventRow(model: Model, event: TimelineEvent): Row {
  const record = eventRecord(model, event);
  const first = event.places[0];
  const columns = first ? placeColumns(placeChain(model, first)) : { country: "", admin1: "", admin2: "" };
  const coordinates = first ? model.places.get(first)?.coordinates : undefined;
  const row: Row = {
    event_id: record.id,
    event_date: record.date.value,
    date_end: record.end?.value ?? "",
    time_precision: record.date.precision,
    circa: record.circa ? "true" : "false",
    title: record.title,
    location: join(record.places.map((p) => p.name)),
    ...columns,
    latitude: coordinates ? String(coordinates[0]) : "",
    longitude: coordinates ? String(coordinates[1]) : "",
    actor1: record.actors[0]?.name ?? "",
    actor2: record.actors[1]?.name ?? "",
    assoc_actors: join(record.actors.slice(2).map((a) => a.name)),
    figures: join(record.figures.map((f) => f.name)),
    tags: join(record.tags),
    notes: record.summary,
    source: perSource(record.sources.map((s) => s.publisher)),
    source_title: perSource(record.sources.map((s) => s.title)),
    source_url: perSource(record.sources.map((s) => s.url)),
    updated: record.updated?.value ?? "",
    url: record.url,
  };
  for (const [label, value] of Object.entries(record.counts)) row[COUNT_PREFIX + label] = String(value);
  return row;
}

/** Rows made and quoted at once; the file is written a slice at a time, never held whole. */
const ROWS_PER_CHUNK = 1000;

/** The CSV's text a piece at a time: the header with the first rows, then the rest in slices. */
export function* eventsCsvChunks(model: Model, events: readonly TimelineEvent[]): Generator<string> {
  const counts = new Set<string>();
  for (const event of events) for (const { label } of event.counts) counts.add(COUNT_PREFIX + label);
  const columns = [...CSV_COLUMNS, ...counts, "url"];
  // Rows as arrays in the columns' order, the header the first of them: csv-stringify maps objects to
  // columns itself, at about twice the cost.
  const cells = (row: Row) => columns.map((column) => row[column] ?? "");
  for (let start = 0; start === 0 || start < events.length; start += ROWS_PER_CHUNK) {
    const rows = events.slice(start, start + ROWS_PER_CHUNK).map((event) => cells(eventRow(model, event)));
    yield stringify(start === 0 ? [columns, ...rows] : rows, { eof: true, record_delimiter: "unix" });
  }
}

// Our own CSV export (/data/events.csv) back into content: ids, dates with their precision, titles,
// places with their country › admin1 › admin2 chain and coordinates, actors, figures, tags, counts,
// sources. The notes column (the summary) becomes the body, so the summary reads the same.
import type { CsvRow } from "../csv.ts";
import { booleanCell, cell, coordinatesOf, numberCell, splitList } from "../lists.ts";
import { markdownBody } from "../markdown-text.ts";
import type { Converted, ImportRecord, PlaceLevel, PlaceRef } from "../record.ts";
import { dateCell, endAfter, idCell, parallelSources, positionalList, RowProblems, rowOrigin } from "./common.ts";

const COUNT_PREFIX = "count_";
/** The export joins lists with exactly this, so a value holding a bare `;` (a tag `a;b`) survives. */
const SEPARATOR = "; ";
const list = (value: string | undefined) => splitList(value, SEPARATOR);

export function placesOfRow(row: CsvRow, levels: [string, string | undefined][], locations: string[]): PlaceRef[] {
  const [first, ...rest] = locations;
  const admin: PlaceLevel[] = [];
  for (const [column, kind] of levels) {
    const name = cell(row[column]);
    if (name) admin.push(kind ? { name, kind } : { name });
  }
  const coordinates = coordinatesOf(row.latitude, row.longitude);
  const refs: PlaceRef[] = [];
  if (first) refs.push({ chain: [...admin, { name: first }], ...(coordinates ? { coordinates } : {}) });
  else if (admin.length) refs.push({ chain: admin, ...(coordinates ? { coordinates } : {}) });
  for (const name of rest) refs.push({ chain: [{ name }] });
  return refs;
}

// The export writes no kinds below the country; "country" is what it reads back to fill that column.
const ADMIN_LEVELS: [string, string | undefined][] = [
  ["country", "country"],
  ["admin1", undefined],
  ["admin2", undefined],
];

export function convertDatelineRows(rows: readonly CsvRow[]): Converted {
  const problems = new RowProblems();
  const records: ImportRecord[] = [];
  rows.forEach((row, index) => {
    const origin = rowOrigin(index);
    const title = cell(row.title);
    const date = dateCell(row.event_date, "event_date", origin, problems, true);
    if (!title) problems.warn(origin, "title: empty; row skipped");
    if (!title || !date) return;
    const id = idCell(row.event_id);
    if (cell(row.event_id) && id !== cell(row.event_id))
      problems.warn(origin, `event_id: "${cell(row.event_id)}" is not a slug; imported as "${id}"`);
    const end = endAfter(date, dateCell(row.date_end, "date_end", origin, problems, false), origin, problems);
    const counts: [string, number][] = [];
    for (const [column, value] of Object.entries(row)) {
      if (!column.startsWith(COUNT_PREFIX) || column.length === COUNT_PREFIX.length) continue;
      const number = numberCell(value);
      if (number !== undefined && number >= 0) counts.push([column.slice(COUNT_PREFIX.length), number]);
      else if (cell(value) !== undefined)
        problems.warn(origin, `${column}: "${cell(value)}" is not a number of zero or more; left out`);
    }
    const notes = row.notes?.trim();
    const updated = dateCell(row.updated, "updated", origin, problems, false);
    records.push({
      origin,
      ...(id ? { id } : {}),
      title,
      date,
      ...(end ? { end } : {}),
      ...(booleanCell(row.circa) ? { circa: true } : {}),
      places: placesOfRow(row, ADMIN_LEVELS, list(row.location)),
      actors: [...new Set([...list(row.actor1), ...list(row.actor2), ...list(row.assoc_actors)])],
      figures: list(row.figures),
      tags: list(row.tags),
      counts,
      ...(notes ? { body: markdownBody(notes) } : {}),
      sources: parallelSources(
        positionalList(row.source, SEPARATOR),
        positionalList(row.source_title, SEPARATOR),
        positionalList(row.source_url, SEPARATOR),
      ),
      ...(updated ? { updated } : {}),
    });
  });
  return { records, warnings: problems.warnings };
}

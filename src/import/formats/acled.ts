// ACLED exports (acleddata.com) → content. One event per row: id `acled-<event_id_cnty>`, the date at
// time_precision (1 the day; 2 a day within a week, written with circa; 3 the month), places from
// country › admin1 › admin2 › admin3 › location with coordinates, actors from actor1/actor2 and the
// `; `-separated associated actors, fatalities as a count, event and disorder types as tags, the notes
// as the body, and each outlet of `source` as a source.
import type { CsvRow } from "../csv.ts";
import { cell, coordinatesOf, numberCell, splitList } from "../lists.ts";
import { markdownBody } from "../markdown-text.ts";
import type { Converted, ImportRecord, PlaceLevel, PlaceRef } from "../record.ts";
import { dateCell, idCell, publisherSources, RowProblems, rowOrigin } from "./common.ts";

const LEVELS: [string, string][] = [
  ["country", "country"],
  ["admin1", "admin-1"],
  ["admin2", "admin-2"],
  ["admin3", "admin-3"],
];

function place(row: CsvRow): PlaceRef[] {
  const chain: PlaceLevel[] = [];
  for (const [column, kind] of LEVELS) {
    const name = cell(row[column]);
    if (name) chain.push({ name, kind });
  }
  const location = cell(row.location);
  if (location) chain.push({ name: location, kind: "locality" });
  if (chain.length === 0) return [];
  const coordinates = coordinatesOf(row.latitude, row.longitude);
  return [{ chain, ...(coordinates ? { coordinates } : {}) }];
}

function title(row: CsvRow): string | undefined {
  const what = cell(row.sub_event_type) ?? cell(row.event_type);
  const where = cell(row.location) ?? cell(row.admin1) ?? cell(row.country);
  const who = [cell(row.actor1), cell(row.actor2)].filter(Boolean).join(" and ");
  if (!what) return who || undefined;
  return `${what}${where ? ` in ${where}` : ""}${who ? `: ${who}` : ""}`;
}

export function convertAcledRows(rows: readonly CsvRow[]): Converted {
  const problems = new RowProblems();
  const records: ImportRecord[] = [];
  rows.forEach((row, index) => {
    const origin = rowOrigin(index);
    let date = dateCell(row.event_date, "event_date", origin, problems, true);
    const headline = title(row);
    if (!headline) problems.warn(origin, "no event type, actor or place to title the event with; row skipped");
    if (!date || !headline) return;
    const precision = numberCell(row.time_precision);
    if (precision === 3) date = date.slice(0, 7);
    const fatalities = numberCell(row.fatalities);
    const notes = row.notes?.trim();
    records.push({
      origin,
      ...(idCell(row.event_id_cnty, "acled-") ? { id: idCell(row.event_id_cnty, "acled-")! } : {}),
      title: headline,
      date,
      ...(precision === 2 ? { circa: true } : {}),
      places: place(row),
      actors: [
        ...new Set([
          ...splitList(row.actor1),
          ...splitList(row.assoc_actor_1),
          ...splitList(row.actor2),
          ...splitList(row.assoc_actor_2),
        ]),
      ],
      figures: [],
      tags: [
        ...new Set(
          [cell(row.disorder_type), cell(row.event_type), cell(row.sub_event_type), ...splitList(row.tags)].filter(
            (t): t is string => Boolean(t),
          ),
        ),
      ],
      counts: fatalities !== undefined && fatalities >= 0 ? [["fatalities", fatalities]] : [],
      ...(notes ? { body: markdownBody(notes) } : {}),
      sources: publisherSources(row.source),
    });
  });
  return { records, warnings: problems.warnings };
}

// Any other sheet, with its columns mapped to event fields by --map (`--map title=text --map
// tags=category,topic --map date=date`). A field may take several columns (values joined, lists
// merged); a column named exactly like a field is used for it unless that field is mapped. A long
// title cell gives its first sentence as the title and its whole text as the body.
import type { CsvRow } from "../csv.ts";
import { booleanCell, cell, coordinatesOf, numberCell, splitList } from "../lists.ts";
import type { Converted, ImportedSource, ImportRecord, PlaceLevel, PlaceRef } from "../record.ts";
import {
  dateCell,
  endAfter,
  idCell,
  publisherSources,
  RowProblems,
  rowOrigin,
  titleAndBody,
  webUrl,
} from "./common.ts";

/** Fields --map can fill; `count:<label>` adds a count with that label. */
export const MAP_FIELDS = [
  "id",
  "title",
  "date",
  "end",
  "circa",
  "summary",
  "body",
  "location",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "latitude",
  "longitude",
  "actors",
  "figures",
  "tags",
  "sources",
  "source_url",
  "source_title",
  "source_publisher",
  "updated",
] as const;

export type ColumnMap = Map<string, string[]>;

export class MapError extends Error {}

/** `["title=text", "tags=category,topic"]` → field → columns, checked against the header. */
export function parseMap(specs: readonly string[], header: readonly string[]): ColumnMap {
  const map: ColumnMap = new Map();
  const columns = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const field = spec.slice(0, eq).trim().toLowerCase();
    const wanted = spec
      .slice(eq + 1)
      .split(",")
      .map((c) => c.trim())
      .filter(Boolean);
    if (eq < 1 || wanted.length === 0)
      throw new MapError(`--map ${JSON.stringify(spec)}: write field=column (or field=column1,column2)`);
    const isCount = field.startsWith("count:") && field.length > "count:".length;
    if (!isCount && !(MAP_FIELDS as readonly string[]).includes(field)) {
      throw new MapError(
        `--map ${JSON.stringify(spec)}: there is no field "${field}"; fields: ${MAP_FIELDS.join(", ")}, count:<label>`,
      );
    }
    const found = wanted.map((name) => {
      const column = columns.get(name.toLowerCase());
      if (column === undefined)
        throw new MapError(
          `--map ${JSON.stringify(spec)}: the file has no column "${name}"; its columns: ${header.join(", ")}`,
        );
      return column;
    });
    // Count labels keep the case they were written in.
    const key = isCount ? `count:${spec.slice("count:".length, eq).trim()}` : field;
    map.set(key, [...(map.get(key) ?? []), ...found]);
  }
  // Columns named like a field fill it unless it is mapped explicitly.
  for (const field of MAP_FIELDS) {
    const column = columns.get(field);
    if (!map.has(field) && column !== undefined) map.set(field, [column]);
  }
  if (!map.has("date"))
    throw new MapError(`no column for the date: add --map date=<column>; the file's columns: ${header.join(", ")}`);
  if (!map.has("title") && !map.has("body"))
    throw new MapError(
      `no column for the title: add --map title=<column> (a long text gives its first sentence as the title)`,
    );
  return map;
}

/** How the map reads, for the run's summary: `title ← text, tags ← category + topic`. */
export function describeMap(map: ColumnMap): string {
  return [...map].map(([field, columns]) => `${field} ← ${columns.join(" + ")}`).join(", ");
}

export function convertMappedRows(rows: readonly CsvRow[], map: ColumnMap): Converted {
  const problems = new RowProblems();
  const records: ImportRecord[] = [];
  const text = (row: CsvRow, field: string, separator = " ") => {
    const values = (map.get(field) ?? []).map((column) => row[column]?.trim()).filter((v): v is string => Boolean(v));
    return values.length ? values.join(separator) : undefined;
  };
  const list = (row: CsvRow, field: string) => [
    ...new Set((map.get(field) ?? []).flatMap((column) => splitList(row[column]))),
  ];

  rows.forEach((row, index) => {
    const origin = rowOrigin(index);
    const date = dateCell(text(row, "date"), "date", origin, problems, true);
    const { title, body } = titleAndBody(text(row, "title"), text(row, "body", "\n\n"));
    if (!title) problems.warn(origin, "no title; row skipped");
    if (!date || !title) return;

    const levels: PlaceLevel[] = [];
    for (const [field, kind] of [
      ["country", "country"],
      ["admin1", "admin-1"],
      ["admin2", "admin-2"],
      ["admin3", "admin-3"],
    ] as const) {
      const name = cell(text(row, field));
      if (name) levels.push({ name, kind });
    }
    const [first, ...rest] = list(row, "location");
    const coordinates = coordinatesOf(text(row, "latitude"), text(row, "longitude"));
    const places: PlaceRef[] = [];
    if (first || levels.length)
      places.push({ chain: first ? [...levels, { name: first }] : levels, ...(coordinates ? { coordinates } : {}) });
    for (const name of rest) places.push({ chain: [{ name }] });

    const counts: [string, number][] = [];
    for (const field of map.keys()) {
      if (!field.startsWith("count:")) continue;
      const value = numberCell(text(row, field));
      if (value !== undefined && value >= 0) counts.push([field.slice("count:".length), value]);
    }

    const sources: ImportedSource[] = [
      ...list(row, "source_url")
        .map(webUrl)
        .filter((u): u is string => Boolean(u))
        .map((url) => ({ url })),
    ];
    const sourceTitle = cell(text(row, "source_title"));
    const sourcePublisher = cell(text(row, "source_publisher"));
    if (sourceTitle || sourcePublisher) {
      const one: ImportedSource = sources.shift() ?? {};
      sources.unshift({
        ...one,
        title: sourceTitle ?? sourcePublisher,
        ...(sourcePublisher ? { publisher: sourcePublisher } : {}),
      });
    }
    sources.push(...(map.get("sources") ?? []).flatMap((column) => publisherSources(row[column])));

    const end = endAfter(date, dateCell(text(row, "end"), "end", origin, problems, false), origin, problems);
    const updated = dateCell(text(row, "updated"), "updated", origin, problems, false);
    const summary = cell(text(row, "summary"));
    const id = idCell(text(row, "id"));
    records.push({
      origin,
      ...(id ? { id } : {}),
      title,
      date,
      ...(end ? { end } : {}),
      ...(booleanCell(text(row, "circa")) ? { circa: true } : {}),
      places,
      actors: list(row, "actors"),
      figures: list(row, "figures"),
      tags: list(row, "tags"),
      counts,
      ...(summary ? { summary } : {}),
      ...(body ? { body } : {}),
      sources,
      ...(updated ? { updated } : {}),
    });
  });
  return { records, warnings: problems.warnings };
}

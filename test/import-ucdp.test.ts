// The UCDP GED import on a small file shaped like the real one, with rows chosen for what tends to
// break: YAML and Markdown syntax in values, every date precision, homonymous places, NA cells and
// near-duplicate spellings. It runs as `npm run import` does, the format recognised from the header.
// The whole real file (16,566 events) is test/slow/ucdp.test.ts.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { loadContent, type LoadResult } from "../src/content/load.ts";
import { importFile } from "../src/import/import.ts";
import { buildEntityIndex, type EntityIndex } from "../src/model/entity-index.ts";
import { buildTimeline, entityKey } from "../src/model/timeline.ts";
import type { Entity } from "../src/model/types.ts";

function byName(entities: Map<string, Entity>, name: string): Entity | undefined {
  for (const entity of entities.values()) if (entity.name === name || entity.aliases.includes(name)) return entity;
  return undefined;
}

const SMALL_HEADER = [
  "id",
  "type_of_violence",
  "conflict_name",
  "side_a",
  "side_b",
  "source_article",
  "source_office",
  "source_date",
  "source_headline",
  "where_prec",
  "where_coordinates",
  "adm_1",
  "adm_2",
  "latitude",
  "longitude",
  "country",
  "date_prec",
  "date_start",
  "date_end",
  "low",
  "best",
  "high",
];
const TRICKY = `- "Quoted": #1 it's 50% [sic] *really*`;
/** Rows shaped like the real file, chosen for what tends to break: quoting, homonyms, NA, precisions. */
const SMALL_ROWS: Record<string, string>[] = [
  {
    id: "1",
    side_a: "Government of Syria",
    side_b: "Ahrar al-Sham, HTS",
    where_coordinates: "Hamra village",
    adm_2: "Salamiyah district",
    source_headline: TRICKY,
  },
  {
    id: "2",
    where_coordinates: "Hamra village",
    adm_2: "As Suqaylibiyah district",
    date_prec: "4",
    date_start: "2016-02-10",
    date_end: "2016-03-05",
  },
  {
    id: "3",
    where_coordinates: "Hamra village",
    adm_2: "Salamiyah district",
    date_prec: "2",
    date_start: "2016-01-05",
    date_end: "2016-01-07",
  },
  { id: "4", where_prec: "3", where_coordinates: "Salamiyah district", adm_2: "Salamiyah district" },
  {
    id: "5",
    type_of_violence: "3",
    side_a: "IS",
    side_b: "Civilians",
    where_prec: "6",
    where_coordinates: "Syria",
    adm_1: "NA",
    adm_2: "NA",
    date_prec: "5",
    best: "NA",
    low: "NA",
    high: "NA",
  },
  { id: "6", where_coordinates: "Ayn al-Bayda village", adm_1: "Aleppo Governorate", adm_2: "Jarabulus district" },
  {
    id: "7",
    where_coordinates: "Ayn al Bayda village",
    adm_1: "Aleppo Governorate",
    adm_2: "Al Bab district",
    side_a: "Tahrir al- Sham Army",
  },
];
const SMALL_DEFAULTS: Record<string, string> = {
  type_of_violence: "1",
  conflict_name: "Syria: Government",
  side_a: "Government of Syria",
  side_b: "Syrian insurgents",
  source_office: "SOHR",
  source_date: "2016-01-03",
  source_headline: "Clashes continue",
  where_prec: "1",
  adm_1: "Hamah Governorate",
  latitude: "35.1",
  longitude: "37.2",
  country: "Syria",
  date_prec: "1",
  date_start: "2016-01-02",
  date_end: "2016-01-02",
  low: "1",
  best: "2",
  high: "3",
};

function csvText(rows: Record<string, string>[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = rows.map((given) => {
    const row = { ...SMALL_DEFAULTS, ...given };
    row.source_article ??= `"${row.source_office},${row.source_date},${row.source_headline!.replace(/"/g, '""')}"`;
    return SMALL_HEADER.map((column) => quote(row[column] ?? "NA")).join(",");
  });
  return [SMALL_HEADER.map(quote).join(","), ...lines].join("\n") + "\n";
}

describe("a small UCDP GED file", () => {
  let root: string;
  let loaded: LoadResult;
  let index: EntityIndex;
  const event = (id: string) => loaded.model.events.find((e) => e.id === `ucdp-${id}`)!;
  const place = (id: string) => loaded.model.places.get(id)!;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-ucdp-small-"));
    await fs.writeFile(path.join(root, "events.csv"), csvText(SMALL_ROWS));
    const report = await importFile(path.join(root, "events.csv"), path.join(root, "content"));
    assert.deepEqual([report.format, report.written, report.warnings], ["ucdp", 7, []]);
    assert.deepEqual(report.created, { place: 11, actor: 7, figure: 0 });
    loaded = await loadContent(path.join(root, "content"));
    index = buildEntityIndex(loaded.model, buildTimeline(loaded.model, { drafts: false }));
  });
  after(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  test("values full of YAML and Markdown syntax arrive as written", () => {
    assert.deepEqual(
      loaded.diagnostics.filter((d) => d.severity === "error"),
      [],
    );
    const first = event("1");
    assert.equal(first.title, TRICKY);
    assert.deepEqual(first.sources, [{ title: TRICKY, publisher: "SOHR", date: first.sources[0]!.date }]);
    assert.equal(first.sources[0]!.date?.text, "2016-01-03");
    assert.deepEqual(first.counts, [
      { label: "deaths (best)", value: 2 },
      { label: "deaths (low)", value: 1 },
      { label: "deaths (high)", value: 3 },
    ]);
    assert.deepEqual(first.tags, ["state-based"]);
    assert.deepEqual(
      first.actors.map((id) => loaded.model.actors.get(id)!.name),
      ["Government of Syria", "Ahrar al-Sham", "HTS"],
    );
    assert.ok(byName(loaded.model.actors, "Tahrir al- Sham Army"), "the stray space is kept");
  });

  test("dates follow date_prec", () => {
    assert.deepEqual([event("1").date.text, event("1").end, event("1").circa], ["2016-01-02", undefined, false]);
    assert.deepEqual([event("2").date.text, event("2").end?.text, event("2").circa], ["2016-02", "2016-03", false]);
    assert.deepEqual(
      [event("3").date.text, event("3").end?.text, event("3").circa],
      ["2016-01-05", "2016-01-07", true],
    );
    assert.deepEqual([event("5").date.text, event("5").counts, event("5").tags], ["2016", [], ["one-sided"]]);
  });

  test("homonyms get distinct names, and a name equal to the row's own unit is that unit", () => {
    const [salamiyah, suqaylibiyah] = [event("1").places[0]!, event("2").places[0]!];
    assert.equal(event("3").places[0], salamiyah);
    assert.equal(place(salamiyah).name, "Hamra village", "the place with the most events keeps the name");
    assert.equal(place(suqaylibiyah).name, "Hamra village (As Suqaylibiyah district)");
    assert.equal(place(event("4").places[0]!).name, "Salamiyah district");
    assert.equal(place(event("4").places[0]!).category, "district");
    assert.equal(place(event("5").places[0]!).name, "Syria");
    const hamah = byName(loaded.model.places, "Hamah Governorate")!;
    assert.equal(index.get(entityKey("place", hamah.id))?.events.length, 4);
    assert.equal(place(salamiyah).coordinates?.join(","), "35.1,37.2");
  });

  test("near-duplicate spellings stay apart for the checker to report", () => {
    assert.ok(
      loaded.diagnostics.some(
        (d) =>
          d.rule === "entity-near-duplicate" &&
          d.message.includes("Ayn al Bayda village") &&
          d.message.includes("Ayn al-Bayda village"),
      ),
    );
  });
});

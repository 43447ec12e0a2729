// The open-data exports of a built fixture site: /data/events.json (checked against the JSON Schema
// published beside it, by an independent validator), /data/events.csv, /data/events.geojson (checked by
// a GeoJSON validator) and /data/timelinejs.json; then export → import into an empty folder → export
// again keeps every event's id, date (with its precision) and title.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { check as checkGeoJson } from "@placemarkio/check-geojson";
import { Ajv2020, type SchemaObject } from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { build } from "../src/build.ts";
import { loadContent } from "../src/content/load.ts";
import { eventsCsvChunks } from "../src/export/csv.ts";
import { documentPieces } from "../src/export/document.ts";
import { jsonListDocument } from "../src/export/json-chunks.ts";
import { eventsJsonChunks, type EventsDocument } from "../src/export/json.ts";
import { eventsSchema } from "../src/export/schema.ts";
import { writeExports } from "../src/export/write-exports.ts";
import type { TimelineDocument } from "../src/export/timelinejs.ts";
import { importFile } from "../src/import/import.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import { BASE_URL, PUBLISHED, servedFile, tempDir, TRICKY_TITLE, writeFixture } from "./export-fixture.ts";

let root: { dir: string; cleanup: () => Promise<void> };
let content: string;
let site: string;
let published: string[];

describe("the open-data exports", () => {
  before(async () => {
    root = await tempDir("dateline-export-");
    content = path.join(root.dir, "content");
    site = path.join(root.dir, "site");
    await writeFixture(content);
    const result = await build({ contentDir: content, outputDir: site, baseUrl: BASE_URL });
    assert.equal(result.exitCode, 0, result.failure);
    const { model } = await loadContent(content);
    published = model.events.filter((e) => !e.draft).map((e) => e.id);
  });
  after(() => root?.cleanup());

  const read = (file: string) => fs.readFile(path.join(site, "data", file), "utf8");
  const csvRows = (text: string) => parse<Record<string, string>>(text, { columns: true });

  describe("/data/events.json", () => {
    test("holds every published event, no draft, in timeline order, and validates against /data/events.schema.json", async () => {
      const document = JSON.parse(await read("events.json")) as EventsDocument;
      assert.equal(document.count, PUBLISHED);
      assert.deepEqual(
        document.events.map((e) => e.id),
        published,
      );
      assert.ok(!document.events.some((e) => e.id === "unconfirmed"));
      assert.equal(document.$schema, `${BASE_URL}/data/events.schema.json`);

      const schema = JSON.parse(await read("events.schema.json")) as SchemaObject;
      assert.deepEqual(schema, JSON.parse(JSON.stringify(eventsSchema({ baseUrl: BASE_URL }))));
      const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
      const validate = ajv.compile(schema);
      assert.ok(validate(document), ajv.errorsText(validate.errors));
      // The schema is strict enough to catch a drifting record.
      const broken = structuredClone(document) as unknown as { events: Record<string, unknown>[] };
      broken.events[0]!.date = "2024-12-07";
      assert.equal(validate(broken), false);
    });

    test("records resolve references, keep precision and circa, and link to existing pages", async () => {
      const { events } = JSON.parse(await read("events.json")) as EventsDocument;
      const byId = new Map(events.map((e) => [e.id, e]));
      const reopens = byId.get("crossing-reopens")!;
      assert.deepEqual(reopens.date, { value: "2024-12-19T14:30+03:00", precision: "minute" });
      assert.deepEqual(reopens.end, { value: "2024-12-20", precision: "day" });
      assert.deepEqual(reopens.updated, { value: "2024-12-22", precision: "day" });
      assert.deepEqual(reopens.places, [
        { id: "al-qaim", name: "al-Qaim" },
        { id: "rabia", name: "Rabia" },
      ]);
      assert.deepEqual(reopens.actors, [
        { id: "iraqi-border-guards", name: "Iraqi Border Guards" },
        { id: "hts", name: "Hay’at Tahrir al-Sham" },
      ]);
      const closes = byId.get("crossing-closes")!;
      assert.deepEqual(closes.counts, { "soldiers returned": 2000, trucks: 40 });
      assert.deepEqual(closes.figures, [{ id: "hayder-karkhi", name: "Hayder Karkhi" }]);
      assert.deepEqual(closes.sources, [
        {
          url: "https://example.com/a?x=1&y=2",
          title: "Crossing closed",
          publisher: "Example News",
          date: "2024-12-08",
        },
        { title: "Statement by the border guards" },
      ]);
      const offensive = byId.get("offensive")!;
      assert.deepEqual(
        [offensive.date, offensive.circa, offensive.date_display],
        [{ value: "2024-11", precision: "month" }, true, "c. November 2024"],
      );
      assert.equal(byId.get("tricky")!.title, TRICKY_TITLE);
      for (const event of events) await fs.access(servedFile(site, event.url));
    });
  });

  describe("/data/events.csv", () => {
    test("one row per published event under a header of familiar columns; lists joined with '; '", async () => {
      const text = await read("events.csv");
      const header = text.slice(0, text.indexOf("\n")).split(",");
      assert.deepEqual(header.slice(0, 6), ["event_id", "event_date", "date_end", "time_precision", "circa", "title"]);
      assert.deepEqual(header.slice(-3), ["count_soldiers returned", "count_trucks", "url"]);
      for (const column of [
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
        "source_url",
      ]) {
        assert.ok(header.includes(column), column);
      }
      const rows = csvRows(text);
      assert.deepEqual(
        rows.map((r) => r.event_id),
        published,
      );
      const closes = rows.find((r) => r.event_id === "crossing-closes")!;
      assert.deepEqual(
        [
          closes.event_date,
          closes.time_precision,
          closes.location,
          closes.admin1,
          closes.admin2,
          closes.country,
          closes.latitude,
          closes.longitude,
        ],
        ["2024-12-07", "day", "al-Qaim", "Anbar", "", "Iraq", "34.38", "41.09"],
      );
      assert.deepEqual(
        [closes.actor1, closes.figures, closes.tags, closes["count_soldiers returned"]],
        ["Iraqi Border Guards", "Hayder Karkhi", "border; closures", "2000"],
      );
      assert.equal(closes.source_title, "Crossing closed; Statement by the border guards");
      assert.equal(closes.source_url, "https://example.com/a?x=1&y=2; ");
      assert.equal(closes.url, `${BASE_URL}/events/crossing-closes/`);
      const reopens = rows.find((r) => r.event_id === "crossing-reopens")!;
      assert.deepEqual(
        [reopens.location, reopens.actor2, reopens.date_end],
        ["al-Qaim; Rabia", "Hay’at Tahrir al-Sham", "2024-12-20"],
      );
      const tricky = rows.find((r) => r.event_id === "tricky")!;
      assert.deepEqual(
        [tricky.title, tricky.notes, tricky.admin1, tricky.country],
        [TRICKY_TITLE, "Summary with <script>alert(1)</script> & co.", "", "Iraq"],
      );
    });
  });

  describe("/data/events.geojson", () => {
    test("validates as GeoJSON: a Point per event and place with coordinates, linking back", async () => {
      const text = await read("events.geojson");
      const collection = checkGeoJson(text) as unknown as {
        type: string;
        features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
      };
      assert.equal(collection.type, "FeatureCollection");
      const closes = collection.features.filter((f) => f.properties.event_id === "crossing-closes");
      assert.equal(closes.length, 1);
      assert.deepEqual(closes[0]!.geometry.coordinates, [41.09, 34.38], "longitude first");
      assert.equal(closes[0]!.properties.place_url, `${BASE_URL}/places/al-qaim/`);
      // Rabia has no coordinates and year-review no place: neither gives a feature.
      assert.equal(collection.features.filter((f) => f.properties.event_id === "crossing-reopens").length, 1);
      assert.equal(collection.features.filter((f) => f.properties.event_id === "year-review").length, 0);
      for (const feature of collection.features) await fs.access(servedFile(site, String(feature.properties.url)));
    });
  });

  describe("/data/timelinejs.json", () => {
    test("TimelineJS3 slides with date parts down to each event's precision", async () => {
      const timeline = JSON.parse(await read("timelinejs.json")) as TimelineDocument;
      assert.equal(timeline.events.length, PUBLISHED);
      const slide = (id: string) => {
        const found = timeline.events.find((e) => e.unique_id === id);
        assert.ok(found, `no slide ${id}`);
        return found;
      };
      assert.deepEqual(slide("year-review").start_date, { year: 2023 });
      assert.deepEqual(slide("offensive").start_date, { year: 2024, month: 11 });
      assert.equal(slide("offensive").display_date, "c. November 2024");
      assert.deepEqual(slide("crossing-reopens").start_date, { year: 2024, month: 12, day: 19, hour: 14, minute: 30 });
      assert.deepEqual(slide("crossing-reopens").end_date, { year: 2024, month: 12, day: 20 });
      assert.equal(
        slide("tricky").text.headline,
        "Guards say &quot;&lt;b&gt;closed&lt;/b&gt;&quot; &amp; ]]&gt; it&#39;s 50% [sic]",
      );
      assert.doesNotMatch(slide("tricky").text.text, /<script>/);
      assert.equal(slide("crossing-closes").group, "border");
    });
  });

  describe("export → import → export", () => {
    async function reimported(file: string): Promise<EventsDocument> {
      const target = path.join(root.dir, `reimport-${path.basename(file)}`, "content");
      const report = await importFile(path.join(site, "data", file), target);
      assert.equal(report.written, PUBLISHED, report.warnings.join("\n"));
      const { model, diagnostics } = await loadContent(target);
      assert.deepEqual(
        diagnostics.filter((d) => d.severity === "error"),
        [],
      );
      // Exported again as the build writes events.json.
      const chunks = eventsJsonChunks(model, buildTimeline(model, { drafts: false }).events);
      return JSON.parse([...chunks].join("")) as EventsDocument;
    }

    test("through events.csv: every event keeps its id, date with precision, title, places, actors and counts", async () => {
      const before = JSON.parse(await read("events.json")) as EventsDocument;
      const after = await reimported("events.csv");
      const key = (d: EventsDocument) =>
        d.events.map((e) => ({ id: e.id, date: e.date, end: e.end, circa: e.circa, title: e.title }));
      assert.deepEqual(key(after), key(before));
      const names = (d: EventsDocument) =>
        d.events.map((e) => [
          e.places.map((p) => p.name),
          e.actors.map((a) => a.name),
          e.figures.map((f) => f.name),
          e.counts,
          e.tags,
          e.summary,
        ]);
      assert.deepEqual(names(after), names(before));
      // The CSV of the re-imported content reads the same as the first, but for what the CSV cannot say.
      const { model } = await loadContent(path.join(root.dir, "reimport-events.csv", "content"));
      const again = csvRows([...eventsCsvChunks(model, buildTimeline(model, { drafts: false }).events)].join(""));
      const first = csvRows(await read("events.csv"));
      const stable = (rows: Record<string, string>[]) => rows.map(({ url: _url, ...rest }) => rest);
      assert.deepEqual(stable(again), stable(first));
    });

    test("through events.json: everything kept, entity ids included (only where places lie is not in the JSON)", async () => {
      const before = JSON.parse(await read("events.json")) as EventsDocument;
      const after = await reimported("events.json");
      const key = (d: EventsDocument) => d.events.map(({ url: _url, ...rest }) => rest);
      assert.deepEqual(key(after), key(before));
    });

    test("through timelinejs.json: every event keeps its id, title and date at its precision (TimelineJS has no UTC offsets)", async () => {
      const before = JSON.parse(await read("events.json")) as EventsDocument;
      const after = await reimported("timelinejs.json");
      const withoutOffset = (value: string) => value.replace(/(Z|[+-]\d{2}:\d{2})$/, "");
      const key = (d: EventsDocument) =>
        d.events.map((e) => ({
          id: e.id,
          title: e.title,
          date: withoutOffset(e.date.value),
          precision: e.date.precision,
        }));
      assert.deepEqual(key(after), key(before));
    });
  });

  describe("exports written a piece at a time", () => {
    test("a document with a list reads exactly as JSON.stringify writes it, compact or indented, in blocks of any size", () => {
      const heads = [{ title: "Crossings", note: 'a\nb "quoted"', nested: { list: [1, 2] } }, { count: 0 }];
      const lists: unknown[][] = [
        [],
        [{ id: "القائم", n: null }],
        [{ a: { b: [1, { c: "x" }] } }, [], "text", 3, { e: {} }],
      ];
      for (const head of heads) {
        for (const items of lists) {
          for (const indent of [0, 1] as const) {
            // Blocks of none, one or two items (a GeoJSON event has a feature per located place).
            const blocks = [[], ...items.map((item, i) => (i % 2 === 0 ? items.slice(i, i + 2) : [])), []];
            const document = jsonListDocument(head, "events", indent, (block: unknown[]) => block);
            assert.equal(
              [...documentPieces(document, blocks)].join(""),
              `${JSON.stringify({ ...head, events: items }, null, indent)}\n`,
            );
          }
        }
      }
    });

    test("an event whose text is longer than a write comes out whole, between the events around it", async () => {
      const { model } = await loadContent(content);
      const timeline = buildTimeline(model, { drafts: false });
      // Arabic letters are two bytes each in UTF-8: 2.5 million of them outgrow a write several times over.
      const long = `${"الحدود ".repeat(357_143)}نهاية`;
      const events = timeline.events.map((event, i) => (i === 1 ? { ...event, summary: long } : event));
      const out = path.join(root.dir, "long-export");
      await writeExports(model, { events, withdrawn: [] }, out);
      const document = JSON.parse(await fs.readFile(path.join(out, "data", "events.json"), "utf8")) as EventsDocument;
      assert.deepEqual(
        document.events.map((e) => e.id),
        events.map((e) => e.id),
      );
      assert.equal(document.events[1]!.summary, long);
      assert.equal(document.events[0]!.summary, events[0]!.summary);
    });

    test("a CSV written a row at a time has one header and every row once, in order, as one quoting of all", async () => {
      const { model } = await loadContent(content);
      const events = buildTimeline(model, { drafts: false }).events;
      const many = Array.from({ length: Math.ceil(2500 / events.length) }, () => events).flat();
      const text = [...eventsCsvChunks(model, many)].join("");
      const header = text.slice(0, text.indexOf("\n") + 1);
      assert.equal(text, stringify(parse(text) satisfies string[][], { eof: true, record_delimiter: "unix" }));
      assert.ok(header.startsWith("event_id,"));
      assert.equal(text.split("\n").filter((line) => line.startsWith("event_id,")).length, 1);
      assert.deepEqual(
        csvRows(text).map((r) => r.event_id),
        many.map((e) => e.id),
      );
    });
  });
});

// The UCDP GED import end to end on the real data (../shared/data, 16,566 events): import (as
// `npm run import` does, the format recognised from the header), load, index and build once, then check
// every per-actor and per-governorate count against counts computed here straight from the CSV, the
// data exports of that build, and that importing the file again writes nothing. The data file is
// required: without it this test fails, it never skips. test/import-ucdp.test.ts covers the tricky rows
// on a small file.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import { build, type BuildResult } from "../../src/build.ts";
import { loadContent, type LoadResult } from "../../src/content/load.ts";
import { buildEntityIndex, type EntityIndex } from "../../src/model/entity-index.ts";
import { buildTimeline, entityKey } from "../../src/model/timeline.ts";
import type { Entity } from "../../src/model/types.ts";
import { importFile, summarizeImport, type ImportReport } from "../../src/import/import.ts";

const CSV = path.resolve(process.cwd(), "../shared/data/ucdp-ged-syria-2016-2019/events.csv");

interface Expected {
  ids: string[];
  byActor: Map<string, number>;
  byGovernorate: Map<string, number>;
}

/** What the import must produce, computed from the CSV alone: rows, events per actor string and per adm_1. */
async function expectedFromCsv(): Promise<Expected> {
  const rows = parse<Record<string, string>>(await fs.readFile(CSV), { columns: true, bom: true });
  const byActor = new Map<string, number>();
  const byGovernorate = new Map<string, number>();
  for (const row of rows) {
    const actors = new Set([...row.side_a!.split(", "), ...row.side_b!.split(", ")].map((a) => a.trim()));
    for (const actor of actors) byActor.set(actor, (byActor.get(actor) ?? 0) + 1);
    if (row.adm_1 !== "NA") byGovernorate.set(row.adm_1!, (byGovernorate.get(row.adm_1!) ?? 0) + 1);
  }
  return { ids: rows.map((row) => row.id!), byActor, byGovernorate };
}

function byName(entities: Map<string, Entity>, name: string): Entity | undefined {
  for (const entity of entities.values()) if (entity.name === name || entity.aliases.includes(name)) return entity;
  return undefined;
}

/** The visible text of a page, tags removed and white space collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;|&#160;|\u00a0|\u202f/g, " ")
    .replace(/\s+/g, " ");
}

describe("the real UCDP GED data, Syria 2016-2019", () => {
  let root: string;
  let contentDir: string;
  let outputDir: string;
  let expected: Expected;
  let imported: ImportReport;
  let loaded: LoadResult;
  let index: EntityIndex;
  let built: BuildResult;
  const seconds: Record<string, number> = {};

  async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      seconds[label] = Math.round((performance.now() - start) / 100) / 10;
    }
  }

  before(async () => {
    await fs.access(CSV).catch(() => {
      throw new Error(`the UCDP data file is missing: ${CSV} (see ../shared/data/README.md)`);
    });
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-ucdp-"));
    contentDir = path.join(root, "content");
    outputDir = path.join(root, "site");
    expected = await expectedFromCsv();
    imported = await timed("convert", () => importFile(CSV, contentDir));
    loaded = await timed("load", () => loadContent(contentDir));
    index = buildEntityIndex(loaded.model, buildTimeline(loaded.model, { drafts: false }));
    built = await timed("build", () => build({ contentDir, outputDir }));
  });

  after(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  async function pagesUnder(folder: string): Promise<string[]> {
    const entries = await fs.readdir(path.join(outputDir, folder), { withFileTypes: true });
    const pages: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const page = path.join(outputDir, folder, entry.name, "index.html");
      if (
        await fs.stat(page).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        pages.push(entry.name);
    }
    return pages;
  }

  test("the import writes one event per row, every actor and the place hierarchy", (t) => {
    t.diagnostic(`convert ${seconds.convert}s, load ${seconds.load}s, build ${seconds.build}s`);
    assert.equal(expected.ids.length, 16566);
    assert.equal(imported.format, "ucdp");
    assert.deepEqual(imported.warnings, []);
    assert.equal(imported.written, 16566);
    assert.equal(imported.created.actor, expected.byActor.size);
    assert.equal(expected.byActor.size, 79);
    assert.equal(expected.byGovernorate.size, 14);
    t.diagnostic(`${imported.written} events, ${imported.created.place} places, ${imported.created.actor} actors`);
  });

  test("the imported content loads without errors", () => {
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    assert.deepEqual(errors.slice(0, 5), [], `${errors.length} errors`);
    assert.equal(loaded.model.events.length, 16566);
    assert.deepEqual(new Set(loaded.model.events.map((e) => e.id)), new Set(expected.ids.map((id) => `ucdp-${id}`)));
    // Actors are files: none implicit, so `check --strict` has nothing to say about them.
    assert.deepEqual(
      [...loaded.model.actors.values()].filter((a) => a.implicit).map((a) => a.name),
      [],
    );
    assert.deepEqual(
      [...loaded.model.places.values()].filter((p) => p.implicit).map((p) => p.name),
      [],
    );
  });

  test("every actor string has an entity with exactly its events", () => {
    assert.equal(loaded.model.actors.size, expected.byActor.size);
    for (const [name, count] of expected.byActor) {
      const actor = byName(loaded.model.actors, name);
      assert.ok(actor, `no actor named ${JSON.stringify(name)}`);
      assert.equal(index.get(entityKey("actor", actor.id))?.events.length, count, `events of ${JSON.stringify(name)}`);
    }
    // The stray space stays as the data writes it.
    assert.ok(byName(loaded.model.actors, "Tahrir al- Sham Army"));
  });

  test("every governorate counts every event at a place within it", () => {
    for (const [name, count] of expected.byGovernorate) {
      const governorate = byName(loaded.model.places, name);
      assert.ok(governorate, `no place named ${JSON.stringify(name)}`);
      assert.equal(governorate.category, "governorate");
      assert.equal(
        index.get(entityKey("place", governorate.id))?.events.length,
        count,
        `events of ${JSON.stringify(name)}`,
      );
    }
    const syria = byName(loaded.model.places, "Syria");
    assert.equal(index.get(entityKey("place", syria!.id))?.events.length, 16566);
  });

  test("the checker reports near-duplicate place names that the import kept as written", () => {
    const warnings = loaded.diagnostics.filter(
      (d) => d.severity === "warning" && (d.rule === "entity-near-duplicate" || d.rule === "entity-implicit"),
    );
    assert.ok(
      warnings.some((d) => d.message.includes("Ayn al Bayda village") && d.message.includes("Ayn al-Bayda village")),
      `no warning names both "Ayn al Bayda village" and "Ayn al-Bayda village"; got: ${warnings.map((d) => d.message).join(" | ")}`,
    );
  });

  test("the build publishes a page per event and per actor, and governorate pages state their counts", async () => {
    assert.equal(
      built.exitCode,
      0,
      built.failure ??
        built.diagnostics
          .filter((d) => d.severity === "error")
          .slice(0, 5)
          .map((d) => d.message)
          .join("\n"),
    );
    assert.equal(built.events, 16566);

    const events = await pagesUnder("events");
    assert.equal(events.length, 16566);
    assert.deepEqual(new Set(events), new Set(expected.ids.map((id) => `ucdp-${id}`)));

    const actorPages = new Set(await pagesUnder("actors"));
    assert.equal(actorPages.size, expected.byActor.size);
    for (const name of expected.byActor.keys()) {
      const actor = byName(loaded.model.actors, name)!;
      assert.ok(actorPages.has(actor.id), `no page for ${JSON.stringify(name)} at /actors/${actor.id}/`);
    }

    for (const [name, count] of expected.byGovernorate) {
      const governorate = byName(loaded.model.places, name)!;
      const html = await fs.readFile(path.join(outputDir, "places", governorate.id, "index.html"), "utf8");
      const written = new RegExp(`(?:^|[^\\d,])(?:${count}|${count.toLocaleString("en-US")}) events\\b`);
      assert.match(pageText(html), written, `the page of ${name} does not say "${count} events"`);
    }
  });

  test("the build's data exports hold every event", async () => {
    const csv = parse<Record<string, string>>(await fs.readFile(path.join(outputDir, "data", "events.csv")), {
      columns: true,
    });
    assert.deepEqual(new Set(csv.map((row) => row.event_id)), new Set(expected.ids.map((id) => `ucdp-${id}`)));
    assert.equal(csv.length, 16566);
    const json = JSON.parse(await fs.readFile(path.join(outputDir, "data", "events.json"), "utf8")) as {
      count: number;
      events: unknown[];
    };
    assert.deepEqual([json.count, json.events.length], [16566, 16566]);
  });

  test("importing the file again writes nothing new and says so", async (t) => {
    const again = await timed("re-import", () => importFile(CSV, contentDir));
    t.diagnostic(`re-import ${seconds["re-import"]}s`);
    assert.deepEqual([again.written, again.files.length, again.present.length], [0, 0, 16566]);
    assert.deepEqual(again.created, { place: 0, actor: 0, figure: 0 });
    assert.match(
      summarizeImport(again, "content"),
      /Nothing new to import: all 16,566 events are already in content\./,
    );
  });
});

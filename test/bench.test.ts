// The benchmark's parts: its generated archive (deterministic, valid, shaped like real event data), the
// report, a measured run and the peer projects. `npm run bench` end to end is test/slow/bench.test.ts.
// No timings are asserted: they depend on the machine.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { parse } from "yaml";
import { generateArchive, writeArchive } from "../src/bench/generate.ts";
import { runMeasured } from "../src/bench/measure.ts";
import { withPagefind, writeEleventyProject, writeHugoSite } from "../src/bench/peers.ts";
import { Random, Zipf } from "../src/bench/random.ts";
import { formatReport } from "../src/bench/report.ts";
import type { BenchResult } from "../src/bench/result.ts";
import { loadContent } from "../src/content/load.ts";
import type { Model } from "../src/model/types.ts";

const EVENTS = 300;
let root: string;
let model: Model;
let rules: string[];

describe("the benchmark's parts", () => {
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-bench-test-"));
    await writeArchive(generateArchive({ events: EVENTS, seed: 7 }), path.join(root, "content"));
    const loaded = await loadContent(path.join(root, "content"));
    model = loaded.model;
    rules = loaded.diagnostics.map((d) => `${d.severity} ${d.rule}`);
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  test("the generator is deterministic for a seed, and another seed gives another archive", () => {
    const first = generateArchive({ events: 150, seed: 42 });
    assert.deepEqual(generateArchive({ events: 150, seed: 42 }), first);
    assert.notDeepEqual(generateArchive({ events: 150, seed: 43 }).files, first.files);
    assert.equal(first.files.filter((f) => f.path.startsWith("events/")).length, 150);
  });

  test("with editions, every event and entity file is translated into Arabic and Sorani, every third event into Turkish, and the site loads clean", async () => {
    const dir = path.join(root, "with-editions");
    const archive = generateArchive({ events: 90, seed: 11 });
    await writeArchive(archive, path.join(dir, "content"), { editions: { seed: 11 } });
    const loaded = await loadContent(path.join(dir, "content"));
    assert.deepEqual(
      [...new Set(loaded.diagnostics.map((d) => `${d.severity} ${d.rule}`))],
      ["warning entity-implicit"],
    );
    assert.deepEqual(
      loaded.model.site.editions.map((e) => e.lang),
      ["en", "ar", "ckb", "tr"],
    );
    const events = loaded.model.events;
    const translated = (lang: string) => events.filter((e) => e.translations[lang]).length;
    assert.deepEqual([translated("ar"), translated("ckb"), translated("tr")], [90, 90, 30]);
    const files = [...loaded.model.places.values()].filter((p) => p.file);
    assert.ok(files.length > 0 && files.every((p) => /[\u0600-\u06FF]/.test(p.translations.ar?.name ?? "")));
    const names = new Set(files.map((p) => p.translations.ckb?.name));
    assert.equal(names.size, files.length, "translated names stay as distinct as the English ones");
    const arabic = events[0]!.translations.ar!;
    assert.match(arabic.title, /^[\u0600-\u06FF ]+$/);
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    assert.ok(Math.abs(words(arabic.body) - words(events[0]!.body)) <= 2, "as long as the English body");
  });

  test("the seeded PRNG and the Zipf sampler repeat exactly and favour low ranks", () => {
    const draws = (seed: number) => {
      const random = new Random(seed);
      const zipf = new Zipf(100, 1.1);
      return Array.from({ length: 2000 }, () => zipf.draw(random));
    };
    assert.deepEqual(draws(1), draws(1));
    const ranks = draws(1);
    assert.ok(ranks.every((rank) => rank >= 0 && rank < 100));
    assert.ok(ranks.filter((rank) => rank === 0).length > 10 * ranks.filter((rank) => rank === 50).length);
  });

  test("the archive loads with every event and no errors; only implicit entities are warned about", () => {
    assert.equal(model.events.length, EVENTS);
    assert.deepEqual([...new Set(rules)], ["warning entity-implicit"]);
    for (const kind of [model.places, model.actors, model.figures]) {
      const entities = [...kind.values()];
      assert.ok(
        entities.some((e) => e.implicit),
        "some references are left implicit",
      );
      assert.ok(entities.filter((e) => !e.implicit).length > entities.length * 0.8, "most entities have a file");
    }
  });

  test("actors follow a Zipf-like distribution: the top actor is in far more events than the median one", () => {
    const counts = new Map<string, number>();
    for (const event of model.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
    const sorted = [...model.actors.keys()].map((id) => counts.get(id) ?? 0).sort((a, b) => b - a);
    const top = sorted[0]!;
    const middle = sorted[Math.floor(sorted.length / 2)]!;
    assert.ok(top >= 10 * Math.max(middle, 1), `top ${top}, median ${middle}`);
    assert.ok(top >= EVENTS * 0.2, `the top actor is in ${top} of ${EVENTS} events`);
  });

  test("places form a hierarchy at least three levels deep, with coordinates", () => {
    const depth = (id: string): number => {
      let levels = 0;
      for (let place = model.places.get(id); place?.within; place = model.places.get(place.within)) levels++;
      return levels;
    };
    const deepest = Math.max(...[...model.places.keys()].map(depth));
    assert.ok(deepest >= 3, `deepest place is ${deepest} levels below a top place`);
    const withCoordinates = [...model.places.values()].filter((p) => p.coordinates).length;
    assert.ok(withCoordinates > model.places.size / 2);
  });

  test("events have mixed date precisions, approximate dates, figures, counts and 1-3 sources", () => {
    const precisions = new Set(model.events.map((e) => e.date.precision));
    assert.deepEqual([...precisions].sort(), ["day", "minute", "month", "year"]);
    assert.ok(model.events.some((e) => e.circa));
    assert.ok(model.events.some((e) => e.end));
    assert.ok(model.events.some((e) => e.figures.length === 2));
    assert.ok(model.events.some((e) => e.counts.length > 0));
    assert.ok(model.events.every((e) => e.sources.length >= 1 && e.sources.length <= 3));
    const words = model.events.map((e) => e.body.split(/\s+/).length);
    assert.ok(
      Math.min(...words) >= 100 && Math.max(...words) <= 330,
      `body words ${Math.min(...words)}-${Math.max(...words)}`,
    );
  });

  test("the report gives each phase its start, so overlapping render and search read right, and the build's total", () => {
    const result: BenchResult = {
      source: { kind: "content", dir: "content" },
      events: 3,
      rounds: 1,
      environment: { node: "20", platform: "linux-x64", cpus: 2, memoryBytes: 8e9, loadAverage: 0.5 },
      tools: [{ tool: "dateline", runs: [], wallMs: 1500, cpuMs: 2100, peakBytes: 2e8, pages: 12 }],
      phases: [
        { name: "startup", startMs: 0, ms: 300, rssBytes: 5e7 },
        { name: "load", startMs: 0, ms: 200, rssBytes: 6e7 },
        { name: "render", startMs: 250, ms: 900, rssBytes: 1e8 },
        { name: "search", startMs: 250, ms: 700, rssBytes: 1e8 },
      ],
      buildMs: 1200,
      budget: {
        eventPages: 3,
        medianEventBytes: 41_000,
        largestEventBytes: 52_000,
        largestEventPage: "/events/long/index.html",
        overBudget: 1,
        pagesWithScript: 0,
        embedPages: 40,
        medianEmbedBytes: 9_000,
        largestEmbedBytes: 14_000,
      },
      failures: [],
    };
    const text = formatReport(result);
    assert.match(text, /^dateline +1\.5 s +2\.1 s +200 MB +12$/m);
    assert.match(text, /^render \(Eleventy\) +250 ms +900 ms +100 MB$/m);
    assert.match(text, /^search index \(Pagefind\), during render +250 ms +700 ms +100 MB$/m);
    assert.match(text, /^total \(startup \+ build\) +1\.5 s$/m);
    assert.match(text, /^search: not measured$/m);
    assert.match(
      text,
      /^budgets: event page with its CSS 41 kB median, 52 kB largest \(\/events\/long\/index\.html\); 1 of 3 over 50 kB; 0 pages besides search run a script; embed with its CSS and script 9 kB median, 14 kB largest \(40 embeds\)$/m,
    );
  });

  test("a measured run reports the child's exit code and at least the memory it allocated", async () => {
    const spec = {
      command: process.execPath,
      args: ["-e", "const b = Buffer.alloc(150e6, 1); setTimeout(() => process.exit(b[0] + 2), 200)"],
      cwd: root,
      node: true,
    };
    const measured = await runMeasured(spec);
    assert.equal(measured.exitCode, 3);
    assert.ok(measured.peakBytes >= 150e6, `peak ${measured.peakBytes}`);
    assert.ok(measured.wallMs > 0);
  });

  test("the peer projects get the same events", { timeout: 120_000 }, async (t) => {
    const small = path.join(root, "peers");
    await writeArchive(generateArchive({ events: 20, seed: 3 }), path.join(small, "content"));
    const { model } = await loadContent(path.join(small, "content"));
    const published = model.events.filter((e) => !e.draft);

    // One run of both (bare Eleventy is the first half of the command): each starts a process of its own.
    await t.test(
      "bare Eleventy then Pagefind's CLI: a page per event in the layout, each a record with place and actor filters",
      async () => {
        const eleventy = withPagefind(await writeEleventyProject(model, path.join(small, "eleventy-search")));
        const out = path.join(small, "out-eleventy-search");
        const run = await runMeasured(eleventy.command(out));
        assert.equal(run.exitCode, 0, run.stderr);
        const entry = JSON.parse(await fs.readFile(path.join(out, "pagefind", "pagefind-entry.json"), "utf8")) as {
          languages: Record<string, { page_count: number }>;
        };
        assert.equal(entry.languages.en?.page_count, published.length);
        const filters = await fs.readdir(path.join(out, "pagefind", "filter"));
        assert.ok(filters.length > 0, "the filters were indexed");
        const event = published[0]!;
        const page = await fs.readFile(path.join(out, "events", event.id, "index.html"), "utf8");
        assert.match(page, /^<!doctype html>/, "the layout wraps the page");
        assert.ok(page.includes(`<time data-pagefind-sort="date">${String(event.date.year)}`), page.slice(0, 300));
        assert.match(page, /<article data-pagefind-body>/);
        assert.match(page, /<time data-pagefind-sort="date">/);
        assert.match(page, /data-pagefind-filter="actor"/);
      },
    );

    // Hugo itself runs in `npm run bench -- --peers` (test/slow/bench.test.ts has a stand-in); here, what it is given.
    await t.test(
      "the Hugo site: every event, its places (enclosing too), actors and figures as taxonomies",
      async () => {
        const hugo = path.join(small, "hugo");
        await writeHugoSite(model, hugo);
        const config = await fs.readFile(path.join(hugo, "hugo.toml"), "utf8");
        assert.match(config, /\[taxonomies\]\n {2}place = "places"\n {2}actor = "actors"\n {2}figure = "figures"\n/);
        const files = await fs.readdir(path.join(hugo, "content", "events"));
        assert.deepEqual(files.sort(), published.map((e) => `${e.id}.md`).sort());
        const within = (id: string) => model.places.get(id)?.within;
        const nested = published.find((e) => e.places.some(within));
        assert.ok(nested, "some event lies at a place within another");
        const text = await fs.readFile(path.join(hugo, "content", "events", `${nested.id}.md`), "utf8");
        const front = parse(/^---\n([\s\S]*?)---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
        const place = model.places.get(nested.places.find(within)!)!;
        const enclosing = model.places.get(place.within!)!;
        assert.equal(front.title, nested.title);
        assert.ok(Array.isArray(front.places), "places is a list");
        assert.ok(
          front.places.includes(place.name) && front.places.includes(enclosing.name),
          "with the enclosing place",
        );
        const names = (ids: string[], kind: Map<string, { name: string }>) => ids.map((id) => kind.get(id)!.name);
        assert.deepEqual(front.actors, names(nested.actors, model.actors));
        assert.deepEqual(front.figures, names(nested.figures, model.figures));
      },
    );
  });
});

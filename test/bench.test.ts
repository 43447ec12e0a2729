// The benchmark: its generated archive (deterministic, valid, shaped like real event data) and
// `npm run bench` end to end. No timings are asserted: they depend on the machine.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { generateArchive, writeArchive } from "../src/bench/generate.ts";
import { runMeasured } from "../src/bench/measure.ts";
import { hugoVersion, writeEleventyProject, writeHugoSite } from "../src/bench/peers.ts";
import { Random, Zipf } from "../src/bench/random.ts";
import { formatReport } from "../src/bench/report.ts";
import type { BenchResult } from "../src/bench/result.ts";
import { loadContent } from "../src/content/load.ts";
import type { Model } from "../src/model/types.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const EVENTS = 600;
let root: string;
let model: Model;
let rules: string[];

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
    assert.ok(entities.some((e) => e.implicit), "some references are left implicit");
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
  assert.ok(Math.min(...words) >= 100 && Math.max(...words) <= 330, `body words ${Math.min(...words)}-${Math.max(...words)}`);
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
    budget: { eventPages: 3, medianEventBytes: 41_000, largestEventBytes: 52_000, largestEventPage: "/events/long/index.html", overBudget: 1, pagesWithScript: 0 },
    failures: [],
  };
  const text = formatReport(result);
  assert.match(text, /^dateline +1\.5 s +2\.1 s +200 MB +12$/m);
  assert.match(text, /^render \(Eleventy\) +250 ms +900 ms +100 MB$/m);
  assert.match(text, /^search index \(Pagefind\), during render +250 ms +700 ms +100 MB$/m);
  assert.match(text, /^total \(startup \+ build\) +1\.5 s$/m);
  assert.match(text, /^search: not measured$/m);
  assert.match(text, /^budgets: event page with its CSS 41 kB median, 52 kB largest \(\/events\/long\/index\.html\); 1 of 3 over 50 kB; 0 pages besides search run a script$/m);
});

test("a measured run reports the child's exit code and at least the memory it allocated", async () => {
  const spec = { command: process.execPath, args: ["-e", "const b = Buffer.alloc(150e6, 1); setTimeout(() => process.exit(b[0] + 2), 200)"], cwd: root, node: true };
  const measured = await runMeasured(spec);
  assert.equal(measured.exitCode, 3);
  assert.ok(measured.peakBytes >= 150e6, `peak ${measured.peakBytes}`);
  assert.ok(measured.wallMs > 0);
});

test("the peer projects build the same events: Eleventy pages get the layout, Hugo writes taxonomy pages", { timeout: 120_000 }, async () => {
  const small = path.join(root, "peers");
  await writeArchive(generateArchive({ events: 20, seed: 3 }), path.join(small, "content"));
  const { model: smallModel } = await loadContent(path.join(small, "content"));
  const eleventy = await writeEleventyProject(smallModel, path.join(small, "eleventy"));
  const out = path.join(small, "out-eleventy");
  assert.equal((await runMeasured(eleventy.command(out))).exitCode, 0);
  const event = smallModel.events[0]!;
  const page = await fs.readFile(path.join(out, "events", event.id, "index.html"), "utf8");
  assert.match(page, /^<!doctype html>/, "the layout wraps the page");
  assert.ok(page.includes(`<time>${String(event.date.year)}`), page.slice(0, 300));
  assert.ok(await hugoVersion(), "hugo is not on the PATH: .ci/run installs Debian's hugo for this test");
  const hugo = await writeHugoSite(smallModel, path.join(small, "hugo"));
  const hugoOut = path.join(small, "out-hugo");
  assert.equal((await runMeasured(hugo.command(hugoOut))).exitCode, 0);
  await fs.access(path.join(hugoOut, "events", event.id, "index.html"));
  for (const taxonomy of ["places", "actors"]) {
    assert.ok((await fs.readdir(path.join(hugoOut, taxonomy))).length > 1, `${taxonomy} term pages`);
  }
});

test("npm run bench -- --events 200 builds end to end and prints Dateline's pages: events plus entity and index pages", { timeout: 300_000 }, async () => {
  const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "bench", "--", "--events", "200"], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
  const row = stdout.split("\n").find((line) => line.startsWith("dateline "));
  assert.ok(row, `no dateline row in:\n${stdout}`);
  // dateline   <wall time>   <CPU time>   <peak memory>   <pages>  (Dateline's own row has no ratio columns)
  const cells = row.trim().split(/\s{2,}/);
  assert.match(cells[1] ?? "", /^\d[\d.]* (ms|s)$/, row);
  assert.match(cells[2] ?? "", /^\d[\d.]* (ms|s)$/, row);
  assert.match(cells[3] ?? "", /^\d[\d.]* (B|kB|MB|GB)$/, row);
  const pages = Number(cells[4]?.replace(/,/g, ""));
  assert.ok(pages > 200, `pages ${cells[4]} in: ${row}`);
  assert.match(stdout, /^load \(read, parse, validate, resolve\)/m);
  assert.match(stdout, /^search: (index|not built)/m);
});

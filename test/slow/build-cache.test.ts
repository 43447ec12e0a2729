// The build cache as a publisher meets it: a second build reuses the first's work and writes the same
// site; a cache that cannot be trusted (missing, incomplete, damaged, made by another Dateline, or whose
// copy of the site was changed since) is not used, with one line saying so, and the site is still right.
// test/slow/rebuilds-vs-cold-property.test.ts compares cached and cold builds after random edits.
import assert from "node:assert/strict";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { generateArchive, writeArchive } from "../../src/bench/generate.ts";
import { build, type PhaseTiming } from "../../src/build.ts";
import { BuildCache, defaultCacheDir } from "../../src/cache/build-cache.ts";
import { listContentFiles } from "../../src/content/files.ts";
import { hashTree } from "../hash-tree.ts";
import { runCli } from "../run-cli.ts";

let tmp: string;
let archive: string;
/** The archive's site built without a cache: what every build below must write. */
let cold: Map<string, string>;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-build-cache-"));
  archive = path.join(tmp, "archive");
  await writeArchive(generateArchive({ events: 30, seed: 5 }), archive);
  const coldDir = path.join(tmp, "cold");
  assert.equal((await build({ contentDir: archive, outputDir: coldDir })).exitCode, 0);
  cold = await hashTree(coldDir);
});

after(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

let project = 0;
/** A copy of the archive in a project folder of its own, with its output and cache folders. */
async function newProject(): Promise<{ content: string; output: string; cache: string }> {
  const dir = path.join(tmp, `project-${++project}`);
  const content = path.join(dir, "content");
  await fs.cp(archive, content, { recursive: true });
  return { content, output: path.join(dir, "_site"), cache: defaultCacheDir(content) };
}

interface CachedBuild {
  notes: string[];
  phases: PhaseTiming[];
  site: Map<string, string>;
}

async function cachedBuild(
  p: { content: string; output: string; cache: string },
  eventsPerSearchPart?: number,
): Promise<CachedBuild> {
  const notes: string[] = [];
  const phases: PhaseTiming[] = [];
  const result = await build({
    eventsPerSearchPart,
    contentDir: p.content,
    outputDir: p.output,
    cacheDir: p.cache,
    // Edits here may remove pages on purpose; refusing that is test/manifest.test.ts.
    allowRemovals: true,
    onNote: (line) => notes.push(line),
    onPhase: (phase) => phases.push(phase),
  });
  assert.equal(result.exitCode, 0, result.failure);
  return { notes, phases, site: await hashTree(p.output) };
}

/** The parse store's shards in the cache, with a stamp (size and time) that changes when one is written. */
async function parseShards(cache: string): Promise<Map<string, string>> {
  const names = (await fs.readdir(cache)).filter((name) => name.startsWith("parsed-"));
  const stamps = await Promise.all(names.map((name) => fs.stat(path.join(cache, name))));
  return new Map(names.map((name, i) => [name, `${stamps[i]!.size} ${stamps[i]!.mtimeMs}`]));
}

const rendered = (b: CachedBuild) => b.phases.find((phase) => phase.name === "render")?.items?.count;

describe("the build cache", () => {
  test("is made beside the content folder, and a second build renders nothing and writes the same site", async () => {
    const p = await newProject();
    assert.equal(p.cache, path.join(path.dirname(p.content), ".dateline", "cache"));
    const first = await cachedBuild(p);
    assert.match(first.notes.join("\n"), /^build cache: none yet/);
    assert.deepEqual(first.site, cold);
    assert.ok(existsSync(path.join(p.cache, "cache.json")), "the cache is written");
    // What an older cache held and this one no longer lists is removed by the next build.
    await fs.writeFile(path.join(p.cache, "parsed.v8"), "an older format's parses");

    const second = await cachedBuild(p);
    assert.ok(!existsSync(path.join(p.cache, "parsed.v8")), "an older format's file is removed");
    assert.deepEqual(second.notes, []);
    assert.equal(rendered(second), 0, "no page rendered again");
    assert.deepEqual(second.site, cold);
  });

  test("after a title edit renders only the pages that show it, and the site is a cold build's", async () => {
    const p = await newProject();
    await cachedBuild(p);
    const events = path.join(p.content, "events");
    const file = path.join(
      events,
      (await fs.readdir(events, { recursive: true })).filter((f) => f.endsWith(".md"))[0]!,
    );
    const text = await fs.readFile(file, "utf8");
    await fs.writeFile(file, text.replace(/^title: .*$/m, "title: A corrected title"));
    const shardsBefore = await parseShards(p.cache);

    const edited = await cachedBuild(p);
    const coldDir = path.join(tmp, `cold-${project}`);
    assert.equal((await build({ contentDir: p.content, outputDir: coldDir })).exitCode, 0);
    assert.deepEqual(edited.site, await hashTree(coldDir));
    const pages = [...edited.site.keys()].filter((name) => name.endsWith(".html")).length;
    assert.ok(rendered(edited)! > 0 && rendered(edited)! < pages / 2, `${rendered(edited)} of ${pages} pages`);
    // The spare (the site the swap replaced, kept, not linked anew) was brought up to the edited site: the
    // next build has nothing to render, not the edit again.
    const replaced = (await fs.stat(p.output)).ino;
    const again = await cachedBuild(p);
    assert.equal((await fs.stat(path.join(p.cache, "site"))).ino, replaced, "the replaced site is the spare");
    assert.equal(rendered(again), 0, "the build after renders nothing");
    assert.deepEqual(again.site, edited.site);

    // The parses: the one changed file's old and new digest, in at most two shards, written again; every
    // file's parse is found by the next build.
    const shardsAfter = await parseShards(p.cache);
    const rewritten = [...shardsAfter].filter(([name, stamp]) => shardsBefore.get(name) !== stamp);
    assert.ok(shardsAfter.size > 2 && rewritten.length <= 2, `${rewritten.length} of ${shardsAfter.size} shards`);
    const { key } = JSON.parse(await fs.readFile(path.join(p.cache, "cache.json"), "utf8")) as { key: string };
    const reopened = BuildCache.open(p.cache, key, assert.fail);
    const { files } = await listContentFiles(p.content);
    await reopened.parse.parse(files);
    assert.deepEqual([reopened.parse.hits, reopened.parse.misses], [files.length, 0]);
  });

  test("after an event is added at the newest end, indexes the newest search part alone, redraws only the maps it changed, and writes a cold build's site", async () => {
    const p = await newProject();
    await cachedBuild(p, 10);
    const placePages = async () => {
      const names = (await fs.readdir(path.join(p.output, "places"), { recursive: true })).filter((name) =>
        name.endsWith(".html"),
      );
      const stats = await Promise.all(names.map((name) => fs.stat(path.join(p.output, "places", name))));
      return new Map(names.map((name, i) => [name, stats[i]!.mtimeMs]));
    };
    const placesBefore = await placePages();
    const siteBefore = await hashTree(p.output);
    // The archive's events span 2016-2021: one more at the place of the first, after all of them.
    const events = path.join(p.content, "events");
    const first = (await fs.readdir(events, { recursive: true })).filter((f) => f.endsWith(".md")).sort()[0]!;
    const location = /^location: .*$/m.exec(await fs.readFile(path.join(events, first), "utf8"))![0];
    await fs.mkdir(path.join(events, "2022"));
    await fs.writeFile(
      path.join(events, "2022", "added-at-the-end.md"),
      `---\ntitle: An event after all the others\ndate: 2022-06-01\n${location}\nsources:\n  - https://example.org/added\n---\nAdded.\n`,
    );

    const added = await cachedBuild(p, 10);
    const coldDir = path.join(tmp, `cold-${project}`);
    assert.equal((await build({ contentDir: p.content, outputDir: coldDir, eventsPerSearchPart: 10 })).exitCode, 0);
    assert.deepEqual(added.site, await hashTree(coldDir));

    // 31 events in parts of 10 from the oldest: the first two parts' files are as they were.
    const olderParts = (site: Map<string, string>) =>
      [...site].filter(([name]) =>
        /^pagefind\/(part-2\/)?[^/]+\.pf_(fragment|index|filter)|^pagefind\/(part-2\/)?(fragment|index|filter)\//.test(
          name,
        ),
      );
    assert.ok(olderParts(siteBefore).length > 0);
    assert.deepEqual(olderParts(added.site), olderParts(siteBefore), "the older parts are not indexed again");
    assert.ok(added.site.has("pagefind/part-3/pagefind-entry.json"));

    // The place's own pages and those enclosing it are drawn again; places far from it keep their pages.
    const placesAfter = await placePages();
    const redrawn = [...placesAfter].filter(([name, time]) => placesBefore.get(name) !== time).length;
    assert.ok(redrawn > 0 && redrawn < placesAfter.size / 2, `${redrawn} of ${placesAfter.size} place pages rendered`);
  });

  const untrusted: [string, (cache: string, output: string) => Promise<void>, RegExp][] = [
    ["incomplete (no cache.json)", (cache) => fs.rm(path.join(cache, "cache.json")), /incomplete, not used/],
    [
      "damaged (a byte of the parsed files changed)",
      async (cache) => {
        const shard = (await fs.readdir(cache)).find((name) => /^parsed-\d\d\.v8$/.test(name));
        assert.ok(shard, "the cache holds its parses in shards");
        const file = path.join(cache, shard);
        const bytes = await fs.readFile(file);
        const at = Math.floor(bytes.length / 2);
        bytes[at] = bytes[at]! ^ 0xff;
        await fs.writeFile(file, bytes);
      },
      /damaged, not used/,
    ],
    ["unreadable (cache.json is not JSON)", (cache) => fs.writeFile(path.join(cache, "cache.json"), "{"), /unreadable/],
    [
      "made by another Dateline (another key)",
      async (cache) => {
        const index = JSON.parse(await fs.readFile(path.join(cache, "cache.json"), "utf8")) as { key: string };
        await fs.writeFile(path.join(cache, "cache.json"), JSON.stringify({ ...index, key: "0".repeat(64) }));
      },
      /made by another Dateline or other options, not used/,
    ],
    [
      "holding a published page that was changed in place since",
      async (_, output) => {
        // The cache's copy is a hard link to the published file: the edit reaches both.
        const page = path.join(output, "index.html");
        await fs.appendFile(page, "<!-- edited on the server -->");
      },
      /its copy of the last site changed since .*; rendering everything/,
    ],
  ];
  test("with editions, after edits to one edition's translations, writes a cold build's site and index", async () => {
    // Four editions, the index of each in parts of 10 events: a translated title changes one edition's
    // record, a translated place name every edition's (each record holds every name a place has).
    const dir = path.join(tmp, `project-${++project}`);
    const p = { content: path.join(dir, "content"), output: path.join(dir, "_site"), cache: path.join(dir, "cache") };
    await writeArchive(generateArchive({ events: 30, seed: 12 }), p.content, { editions: { seed: 3 } });
    const options = { contentDir: p.content, eventsPerSearchPart: 10, allowRemovals: true };
    const cachedBuild = async () => {
      const result = await build({ ...options, outputDir: p.output, cacheDir: p.cache, onNote: () => undefined });
      assert.equal(result.exitCode, 0, result.failure);
    };
    const translations = (await fs.readdir(p.content, { recursive: true })).filter((f) => f.endsWith(".ar.md")).sort();
    const eventTranslation = path.join(
      p.content,
      translations.find((f) => f.startsWith("events/"))!,
    );
    const placeTranslation = path.join(
      p.content,
      translations.find((f) => f.startsWith("places/"))!,
    );
    await cachedBuild();
    const edits: [string, (text: string) => string][] = [
      [eventTranslation, (text) => text.replace(/^title: .*$/m, "title: عنوان مصحح")],
      [placeTranslation, (text) => text.replace(/^name: .*$/m, "name: اسم مصحح")],
    ];
    for (const [n, [file, edit]] of edits.entries()) {
      await fs.writeFile(file, edit(await fs.readFile(file, "utf8")));
      await cachedBuild();
      const coldDir = path.join(dir, `cold-${n}`);
      assert.equal((await build({ ...options, outputDir: coldDir })).exitCode, 0);
      assert.deepEqual(await hashTree(p.output), await hashTree(coldDir), path.relative(p.content, file));
    }
  });

  test("is not used when it cannot be trusted: one line says so", async (t) => {
    const p = await newProject();
    await cachedBuild(p);
    // Each case spoils the cache's own files, put back before the next; the last spoils the published site.
    const files = (await fs.readdir(p.cache, { withFileTypes: true })).filter((f) => f.isFile()).map((f) => f.name);
    const good = new Map(
      await Promise.all(files.map(async (f) => [f, await fs.readFile(path.join(p.cache, f))] as const)),
    );
    const { key } = JSON.parse(good.get("cache.json")!.toString("utf8")) as { key: string };
    for (const [what, spoil, note] of untrusted) {
      await t.test(what, async () => {
        for (const [file, bytes] of good) await fs.writeFile(path.join(p.cache, file), bytes);
        await spoil(p.cache, p.output);
        const notes: string[] = [];
        const cache = BuildCache.open(p.cache, key, (line) => notes.push(line));
        const staging = await fs.mkdtemp(path.join(tmp, "staging-"));
        assert.equal((await cache.base(p.output)?.place(staging)) ?? false, false, "nothing of it is used");
        assert.equal(notes.length, 1, notes.join("\n"));
        assert.match(notes[0]!, note);
      });
    }
  });

  test("that was changed since makes a build render everything, and the site is still a cold build's", async () => {
    const p = await newProject();
    await cachedBuild(p);
    await fs.appendFile(path.join(p.output, "index.html"), "<!-- edited on the server -->");
    const next = await cachedBuild(p);
    assert.match(next.notes.join("\n"), /its copy of the last site changed since/);
    assert.deepEqual(next.site, cold);
    const again = await cachedBuild(p);
    assert.deepEqual(again.notes, [], "it was written anew, and the next build uses it");
    assert.equal(rendered(again), 0);
  });
});

describe("npm run build and the cache", () => {
  test("keeps it in --cache DIR, or nowhere with --no-cache; never both", async () => {
    const p = await newProject();
    const shared = ["--content", p.content, "--output", p.output, "--quiet"];
    const elsewhere = path.join(tmp, `elsewhere-${project}`);
    const kept = await runCli("build", [...shared, "--cache", elsewhere]);
    assert.equal(kept.code, 0, kept.stderr);
    assert.ok(existsSync(path.join(elsewhere, "cache.json")));
    assert.ok(!existsSync(p.cache), "only where it was told");

    const none = await runCli("build", [...shared, "--no-cache"]);
    assert.equal(none.code, 0, none.stderr);
    assert.ok(!existsSync(p.cache), "--no-cache writes no cache");
    assert.deepEqual(await hashTree(p.output), cold);

    const both = await runCli("build", [...shared, "--no-cache", "--cache", elsewhere]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--cache and --no-cache cannot be used together/);
  });
});

// The dev server's site after each edit is the site a cold build makes of the same content, byte for byte.
// The dev server renders again only the pages an edit can change (src/site/affected-pages.ts); a page it
// misses shows what the archive said before the edit. A generated archive large enough for entities with
// several pages of events is edited the ways editors edit, and after each edit the dev site and a cold
// build (drafts included and the index in the dev server's parts, as the dev server builds) are compared.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { generateArchive, writeArchive } from "../../src/bench/generate.ts";
import { build } from "../../src/build.ts";
import { DevSite } from "../../src/dev/dev-site.ts";
import { EVENTS_PER_SEARCH_PART } from "../../src/search/parts.ts";
import { hashTree } from "../hash-tree.ts";

let tmp: string;
let content: string;
let dev: DevSite;
let devDir: string;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-dev-vs-cold-"));
  content = path.join(tmp, "content");
  devDir = path.join(tmp, "dev");
  await writeArchive(generateArchive({ events: 400, seed: 31 }), content);
  dev = new DevSite(content, devDir, { eventsPerSearchPart: 150 });
  const first = await dev.update();
  assert.ok(first.ok, "the dev site builds");
});

after(async () => {
  await dev?.searchSettled();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** Every file of the dev site that differs from a cold build's, or is only in one of them. */
async function differences(round: string): Promise<string[]> {
  await dev.searchSettled();
  const cold = path.join(tmp, `cold-${round}`);
  const built = await build({ contentDir: content, outputDir: cold, drafts: true, eventsPerSearchPart: 150 });
  assert.equal(built.exitCode, 0, built.failure ?? JSON.stringify(built.diagnostics.slice(0, 3)));
  const [mine, theirs] = await Promise.all([hashTree(devDir), hashTree(cold)]);
  await fs.rm(cold, { recursive: true, force: true });
  const names = new Set([...mine.keys(), ...theirs.keys()]);
  return [...names].filter((name) => mine.get(name) !== theirs.get(name)).sort();
}

async function eventFiles(): Promise<string[]> {
  const dir = path.join(content, "events");
  return (await fs.readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).map((f) => path.join(dir, f));
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const text = await fs.readFile(file, "utf8");
  const changed = change(text);
  assert.notEqual(changed, text, `the edit changes ${file}`);
  await fs.writeFile(file, changed);
}

/** Renames the first place file that has coordinates and no aliases, keeping the old name as an alias. */
async function renamePlace(): Promise<void> {
  const dir = path.join(content, "places");
  for (const name of (await fs.readdir(dir)).sort()) {
    const file = path.join(dir, name);
    const text = await fs.readFile(file, "utf8");
    if (!/^coordinates:/m.test(text) || /^aliases:/m.test(text)) continue;
    return edit(file, (t) => t.replace(/^name: (.*)$/m, (_, old: string) => `name: Renamed Place\naliases: [${old}]`));
  }
  assert.fail("no place file to rename");
}

test(
  "after each edit the dev site is byte for byte a cold build of the same content",
  { timeout: 600_000 },
  async (t) => {
    assert.ok(EVENTS_PER_SEARCH_PART > 150, "the test's parts are smaller than the dev server's own");
    assert.deepEqual(await differences("start"), [], "the first dev build");
    const files = await eventFiles();
    const steps: [string, () => Promise<void>][] = [
      // Another actor list changes who is named with whom on every page of the entities it names.
      [
        "an event's actors",
        () =>
          edit(files[3]!, (text) => text.replace(/^actors:[^\n]*(\n {2}- [^\n]*)*/m, "actors: [Government of Syria]")),
      ],
      ["an event's title", () => edit(files[10]!, (text) => text.replace(/^title: .*$/m, "title: A corrected title"))],
      ["an event's date", () => edit(files[20]!, (text) => text.replace(/^date: .*$/m, "date: 2019-06-15"))],
      [
        "an event's place",
        () => edit(files[30]!, (text) => text.replace(/^location:[^\n]*(\n {2}- [^\n]*)*/m, "location: Raqqa")),
      ],
      ["a deleted event", () => fs.rm(files[40]!)],
      // Its neighbours' maps name it.
      ["a renamed place", renamePlace],
    ];
    for (const [what, step] of steps) {
      await t.test(what, async () => {
        await step();
        const update = await dev.update();
        assert.ok(update.ok, `${what}: the dev site updates`);
        assert.deepEqual(await differences(what.replace(/\W+/g, "-")), [], what);
      });
    }
  },
);

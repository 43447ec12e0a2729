// A search part written over the copy a site holds (src/search/part-files.ts) must leave that copy byte for
// byte what Pagefind writes for the part whole, while writing only the files that differ.
import assert from "node:assert/strict";
import { mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { CustomRecord } from "pagefind";
import { writePagefindPart } from "../src/search/pagefind-part.ts";
import { applyPartChanges, PART_ENTRY } from "../src/search/part-files.ts";
import { holdPagefind } from "../src/search/pagefind-here.ts";

const work = mkdtempSync(path.join(tmpdir(), "dateline-part-files-"));
let pagefind: Awaited<ReturnType<typeof holdPagefind>>;

const record = (i: number, title = `Clashes at the al-Qaim crossing, day ${i}`): CustomRecord => ({
  url: `/events/event-${i}/`,
  content: `${title}. Shelling reported near Husaybah; ${i % 5} killed.`,
  language: "en",
  meta: { title },
  filters: { place: [i % 2 ? "Husaybah" : "al-Qaim"], year: [String(2024 + (i % 2))] },
  sort: { date: String(1000 + i) },
});
const records = Array.from({ length: 300 }, (_, i) => record(i));

/** Every file under `dir` with its bytes, by relative path. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file).toString("base64"));
  }
  return files;
}

/** Writes `next` over a copy of the part made from `records`; returns the copy's folder and what was written. */
async function overCopy(name: string, next: CustomRecord[]) {
  const copy = path.join(work, name, "site", "pagefind");
  const scratch = path.join(work, name, "scratch");
  assert.deepEqual((await writePagefindPart(pagefind.api, records, copy)).indexErrors, []);
  const outcome = await writePagefindPart(pagefind.api, next, scratch, copy);
  assert.ok(outcome.changes, "the part was written over its copy");
  await applyPartChanges(scratch, copy, outcome.changes);
  return { copy, changes: outcome.changes };
}

async function whole(name: string, next: CustomRecord[]): Promise<string> {
  const dir = path.join(work, name);
  assert.deepEqual((await writePagefindPart(pagefind.api, next, dir)).indexErrors, []);
  return dir;
}

describe("a search part written over the copy a site holds", () => {
  before(async () => {
    pagefind = await holdPagefind();
  });
  after(async () => {
    await pagefind.release();
    rmSync(work, { recursive: true, force: true });
  });

  test("a part with one title changed, written over its copy, is what Pagefind writes whole; a dozen files are written", async () => {
    const next = records.map((r, i) => (i === 150 ? record(i, "Border crossing reopens at al-Qaim") : r));
    const { copy, changes } = await overCopy("retitled", next);
    assert.deepEqual(tree(copy), tree(await whole("retitled-whole", next)));
    const files = tree(copy).size;
    assert.ok(
      changes.written.length > 0 && changes.written.length < 20,
      `${changes.written.length} of ${files} written`,
    );
    assert.ok(changes.written.includes(PART_ENTRY));
    // The record's old fragment is gone, its new one came: one of each at least.
    assert.ok(changes.removed.some((file) => file.startsWith("fragment/")));
    assert.ok(changes.written.some((file) => file.startsWith("fragment/")));
  });

  test("records added and removed, a filter gone: the copy again matches the part written whole", async () => {
    const next = [...records.slice(20), record(400), record(401)].map((r) => ({
      ...r,
      filters: { place: r.filters!.place! },
    }));
    const { copy, changes } = await overCopy("reshaped", next);
    assert.deepEqual(tree(copy), tree(await whole("reshaped-whole", next)));
    assert.ok(changes.removed.some((file) => file.startsWith("filter/")));
  });

  test("the first part's folder keeps the further parts nested in it", async () => {
    const copy = path.join(work, "nested", "site", "pagefind");
    await writePagefindPart(pagefind.api, records, copy);
    await fs.mkdir(path.join(copy, "part-2"));
    await fs.writeFile(path.join(copy, "part-2", PART_ENTRY), "{}");
    const next = records.map((r, i) => (i === 3 ? record(i, "Retitled") : r));
    const outcome = await writePagefindPart(pagefind.api, next, path.join(work, "nested", "scratch"), copy);
    assert.ok(outcome.changes);
    assert.ok(outcome.changes.removed.every((file) => !file.startsWith("part-2")));
    await applyPartChanges(path.join(work, "nested", "scratch"), copy, outcome.changes);
    assert.equal(readFileSync(path.join(copy, "part-2", PART_ENTRY), "utf8"), "{}");
  });

  test("files left as they were keep their place on disk; replaced ones are new files, never written into", async () => {
    const copy = path.join(work, "inodes", "pagefind");
    await writePagefindPart(pagefind.api, records, copy);
    const before = new Map([...tree(copy).keys()].map((file) => [file, statSync(path.join(copy, file)).ino]));
    const next = records.map((r, i) => (i === 7 ? record(i, "Retitled again") : r));
    const outcome = await writePagefindPart(pagefind.api, next, path.join(work, "inodes", "scratch"), copy);
    await applyPartChanges(path.join(work, "inodes", "scratch"), copy, outcome.changes!);
    for (const file of tree(copy).keys()) {
      const kept = before.get(file) === statSync(path.join(copy, file)).ino;
      assert.equal(kept, !outcome.changes!.written.includes(file), file);
    }
  });
});

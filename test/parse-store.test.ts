// The build cache's parses: a content file is parsed again only when its path or bytes changed, and what
// is handed back for an unchanged file is the parse a fresh load makes.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import v8 from "node:v8";
import { generateArchive, writeArchive } from "../src/bench/generate.ts";
import { listContentFiles } from "../src/content/files.ts";
import { loadContent } from "../src/content/load.ts";
import { ParseStore } from "../src/content/parse-store.ts";

let tmp: string;
let content: string;

describe("the build cache's parses", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-parse-store-"));
    content = path.join(tmp, "content");
    await writeArchive(generateArchive({ events: 20, seed: 9 }), content);
  });

  after(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  test("parses again only the files whose bytes changed", async () => {
    const { files } = await listContentFiles(content);
    const store = new ParseStore();
    await store.parse(files);
    assert.deepEqual([store.hits, store.misses], [0, files.length]);
    const reread = new ParseStore(store.saved());
    await fs.appendFile(files[0]!.absolutePath, "\nOne more line.\n");
    const outcomes = await reread.parse(files);
    assert.deepEqual([reread.hits, reread.misses], [files.length - 1, 1]);
    assert.match(outcomes[0]!.parsed!.body, /One more line\./);
  });

  test("a model loaded from parses read back from disk is the model a fresh load makes", async () => {
    const { files, translations } = await listContentFiles(content);
    const store = new ParseStore();
    await store.parse([...files, ...translations]);
    // As the build cache keeps them: serialized, and read back as plain data.
    const saved = v8.deserialize(v8.serialize(store.saved())) as ReturnType<ParseStore["saved"]>;
    const reread = new ParseStore(saved);
    const fromDisk = await loadContent(content, { cache: reread });
    assert.equal(reread.misses, 0, "every file came from the store");
    const fresh = await loadContent(content);
    assert.deepEqual(fromDisk.model, fresh.model);
    assert.deepEqual(fromDisk.diagnostics, fresh.diagnostics);
  });
});

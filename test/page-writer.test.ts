// Rendered pages written from the thread pool (src/render/page-writer.ts): every page where Eleventy put
// it, a batch written while the caller goes on, and a failed write reported once every write has ended.
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { PageWriter } from "../src/render/page-writer.ts";

let root: string;
describe("the page writer", () => {
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "dateline-page-writer-"));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test("writes every page of every batch at its path, folders made as needed, pages without a path left out", async () => {
    const out = path.join(root, "site");
    const writer = new PageWriter();
    const batch = (n: number) =>
      Array.from({ length: 40 }, (_, i) => ({
        outputPath: path.join(out, "events", `e${n}-${i}`, "index.html"),
        content: `<h1>القائم ${n}-${i}</h1>`,
      }));
    await writer.write([...batch(1), { outputPath: false as const, content: "nowhere" }]);
    await writer.write([...batch(2), { outputPath: path.join(out, "feed.xml"), content: "<feed/>" }]);
    await writer.flush();
    const events = await readdir(path.join(out, "events"));
    assert.equal(events.length, 80);
    assert.equal(await readFile(path.join(out, "events", "e2-39", "index.html"), "utf8"), "<h1>القائم 2-39</h1>");
    assert.equal(await readFile(path.join(out, "feed.xml"), "utf8"), "<feed/>");
  });

  test("a page that cannot be written fails the flush, after every other write has ended", async () => {
    const out = path.join(root, "failing");
    await writeFile(path.join(root, "a-file"), "not a folder");
    const writer = new PageWriter();
    const pages = Array.from({ length: 30 }, (_, i) => ({
      outputPath: path.join(out, `p${i}`, "index.html"),
      content: String(i),
    }));
    pages.splice(5, 0, { outputPath: path.join(root, "a-file", "index.html"), content: "under a file" });
    await writer.write(pages);
    await writer.settled(); // waits without throwing, as a failing render does before it rethrows its own error
    await assert.rejects(writer.flush(), /ENOTDIR|EEXIST/);
    // Nothing is still being written once flush() has failed: a staging folder can be discarded then.
    const written = await readdir(out);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(await readdir(out), written);
  });
});

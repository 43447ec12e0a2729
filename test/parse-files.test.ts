// Parsing content files across worker threads gives exactly what parsing them in one thread gives:
// the same outcomes in file order, problems with their positions, and YAML positions that still work.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { listContentFiles } from "../src/content/files.ts";
import { parseContentFiles, parseHere } from "../src/content/parse-files.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

test("worker threads parse the invalid corpus exactly as one thread does, in file order", async () => {
  const listed = await listContentFiles(path.join(FIXTURES, "invalid", "content"));
  const files = [...listed.files, ...listed.translations];
  assert.ok(files.length >= 10, `only ${files.length} fixture files`);
  const inOneThread = parseHere(files);
  // Each worker posts its outcomes three at a time, so their order across messages is checked too.
  const inWorkers = await parseContentFiles(files, { shares: 3, perMessage: 3 });
  assert.deepEqual(
    inWorkers.map((o) => o.diagnostics),
    inOneThread.map((o) => o.diagnostics),
  );
  assert.ok(
    inWorkers.some((o) => o.diagnostics.length > 0),
    "the corpus has problems to report",
  );
  assert.deepEqual(
    inWorkers.map((o) => o.parsed?.source.file),
    inOneThread.map((o) => o.parsed?.source.file),
  );
  const translated = (o: (typeof inWorkers)[number]) => o.translated && [o.translated.source.file, o.translated.fields];
  assert.deepEqual(inWorkers.map(translated), inOneThread.map(translated));
  const stale = inWorkers.find((o) => o.translated?.fields.updated);
  const at = stale?.translated?.yaml.valueAt(["updated"]);
  assert.deepEqual(at, { line: 3, column: 10 }, "a translation's positions survive the copy");
});

test("a file parsed in a worker keeps its fields, body HTML and the positions of its YAML values", async () => {
  const { files } = await listContentFiles(path.join(FIXTURES, "tricky", "content"));
  const inOneThread = parseHere(files);
  const inWorkers = await parseContentFiles(files, { shares: 2 });
  let compared = 0;
  inWorkers.forEach((outcome, i) => {
    const here = inOneThread[i]!.parsed;
    const there = outcome.parsed;
    if (!here || !there) return assert.equal(there, here);
    assert.deepEqual(there.fields, here.fields);
    assert.equal(there.read.html, here.read.html);
    assert.deepEqual(there.read.refusedLinks, here.read.refusedLinks);
    for (const key of Object.keys(here.fields)) {
      assert.deepEqual(there.yaml.valueAt([key]), here.yaml.valueAt([key]), `${there.source.file}: ${key}`);
      assert.deepEqual(there.yaml.keyAt([key]), here.yaml.keyAt([key]));
      compared++;
    }
  });
  assert.ok(compared > 20, `compared ${compared} positions`);
});

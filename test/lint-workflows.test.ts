// `npm run lint:workflows`: the repository's workflows are valid, and a misspelt key is caught.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { invalidWorkflows } from "../scripts/lint-workflows.ts";

test("the shipped workflows pass; one with a misspelt key fails, with the key named", async () => {
  assert.deepEqual(invalidWorkflows(".github/workflows"), []);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-workflows-"));
  try {
    const good = await fs.readFile(".github/workflows/check.yml", "utf8");
    await fs.writeFile(path.join(dir, "check.yml"), good.replace("runs-on:", "runs_on:"));
    const invalid = invalidWorkflows(dir);
    assert.deepEqual(
      invalid.map((found) => path.basename(found.file)),
      ["check.yml"],
    );
    assert.match(invalid[0]!.problems, /runs_on/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

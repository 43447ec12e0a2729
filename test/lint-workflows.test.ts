// `npm run lint:workflows`: the repository's workflows are valid, and a misspelt key fails with the file named.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

const lint = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/lint-workflows.ts", ...args], { encoding: "utf8" });

test("the shipped workflows pass; one with a misspelt key fails, naming its file", async () => {
  const shipped = lint();
  assert.equal(shipped.status, 0, shipped.stderr);
  assert.match(shipped.stdout, /^2 of 2 workflows valid$/m);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-workflows-"));
  try {
    const good = await fs.readFile(".github/workflows/check.yml", "utf8");
    await fs.writeFile(path.join(dir, "check.yml"), good.replace("runs-on:", "runs_on:"));
    const broken = lint(dir);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /check\.yml is not a valid workflow/);
    assert.match(broken.stderr, /runs_on/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lockOutput } from "../src/publish/output-lock.ts";

test("builds racing for one output: one takes the lock, every other names it, and nothing is left beside it", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-lock-"));
  const output = path.join(dir, "_site");
  try {
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all(Array.from({ length: 8 }, () => lockOutput(output)));
      const taken = results.filter((result) => result.ok);
      assert.equal(taken.length, 1, `round ${round}`);
      for (const result of results) {
        if (result.ok) continue;
        assert.match(result.message, new RegExp(`^another build \\(process ${process.pid} on .+, started `));
      }
      assert.deepEqual(await fs.readdir(dir), ["_site.lock"]);
      if (taken[0]!.ok) taken[0]!.release();
      assert.deepEqual(await fs.readdir(dir), []);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

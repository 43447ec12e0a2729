// Pagefind's process dying in the middle of a build: the call waiting for it fails at once with the
// reason, instead of waiting for ever for an answer (what a "No space left on device" panic used to do:
// Pagefind's Node API hears of its process's errors, not of its exit).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { unlessPagefindStops } from "../src/search/pagefind-process.ts";
import { writePagefindPart } from "../src/search/pagefind-part.ts";

const records = Array.from({ length: 3000 }, (_, i) => ({
  url: `/events/event-${i}/`,
  content: `Event ${i} at the al-Qaim crossing. `.repeat(40),
  language: "en",
}));

/** This process's Pagefind service process. */
function pagefindChild(): number {
  return Number(execFileSync("pgrep", ["-P", String(process.pid), "pagefind"], { encoding: "utf8" }).trim());
}

test(
  "Pagefind's process killed while it writes the index: the call fails at once, and the next part works",
  { timeout: 60_000 },
  async () => {
    const pagefind = await import("pagefind");
    const out = mkdtempSync(path.join(tmpdir(), "dateline-pagefind-stop-"));
    try {
      const { index } = await unlessPagefindStops(pagefind.createIndex({ writePlayground: false }));
      assert.ok(index);
      await Promise.all(records.map((record) => index.addCustomRecord(record)));
      // The request to write has reached the process, which works on it: nothing more is sent to it.
      const writing = unlessPagefindStops(index.writeFiles({ outputPath: path.join(out, "killed") }));
      const child = pagefindChild();
      setTimeout(() => process.kill(child, "SIGKILL"), 100);
      await assert.rejects(writing, /Pagefind's process stopped \(killed by SIGKILL\)/);

      // Closing lets Pagefind's API start a new process for the next caller, as the next build or refresh does.
      await pagefind.close();
      const outcome = await writePagefindPart(pagefind, records.slice(0, 10), path.join(out, "next"));
      assert.deepEqual(outcome, { indexErrors: [], recordErrors: [], accepted: 10 });
    } finally {
      await pagefind.close();
      rmSync(out, { recursive: true, force: true });
    }
  },
);

// The build's progress on a terminal: the steps under way on one live line, rewritten in place, and each
// finished step on a line of its own. Without a terminal, test/build.test.ts checks the plain lines.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildProgress } from "../scripts/build-progress.ts";

test("on a terminal the running steps share a live line, and each step that ends gets its own", () => {
  let written = "";
  const progress = buildProgress({ write: (text: string) => (written += text), isTTY: true });
  progress.start("render");
  progress.start("search");
  progress.end({ name: "search", startMs: 0, ms: 1200, rssBytes: 0, items: { count: 1, what: "records" } });
  progress.end({ name: "render", startMs: 0, ms: 2500, rssBytes: 0 });
  const shown = written.split("\r\u001b[K");
  assert.deepEqual(shown, [
    "",
    "render …",
    "render and search …",
    "search     1.2 s  1 search record\n",
    "render …",
    "render     2.5 s\n",
  ]);
  assert.equal(progress.summary(), "search 1.2 s · render 2.5 s");
});

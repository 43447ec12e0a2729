// A build with its cache copies the export blocks of events that did not change from the last build's
// files. Checked against writing everything again: the same bytes and the same layout, and the copying
// shown to happen (a block altered in the old file comes through altered), for edits to an event, to a
// place that encloses others and to the set of events.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { loadContent } from "../src/content/load.ts";
import { unchangedEvents } from "../src/model/unchanged-events.ts";
import { writeExports, type ExportLayout } from "../src/export/write-exports.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { tempDir, writeFixture } from "./export-fixture.ts";
import { hashTree } from "./hash-tree.ts";

let root: { dir: string; cleanup: () => Promise<void> };
let model: Model;
let written = 0;

async function exportsOf(m: Model, previous?: { dir: string; layout: ExportLayout; before: Model }) {
  const dir = path.join(root.dir, `exports-${++written}`);
  const timeline = buildTimeline(m, { drafts: false });
  const layout = await writeExports(
    m,
    timeline,
    dir,
    previous && { dir: previous.dir, layout: previous.layout, unchanged: unchangedEvents(previous.before, m) },
  );
  return { dir, layout };
}

const edits: [string, (m: Model) => Model][] = [
  [
    "an event retitled",
    (m) => ({ ...m, events: m.events.map((e, i) => (i === 3 ? { ...e, title: "A corrected title" } : e)) }),
  ],
  [
    "an enclosing place renamed",
    (m) => {
      const enclosing = [...m.places.values()].find((p) => [...m.places.values()].some((q) => q.within === p.id))!;
      return {
        ...m,
        places: new Map([...m.places].map(([id, p]) => [id, p === enclosing ? { ...p, name: "Renamed" } : p])),
      };
    },
  ],
  // events.json then gives every event its language: every block changes, though each other event did not.
  [
    "an event marked as written in Arabic",
    (m) => ({ ...m, events: m.events.map((e, i) => (i === 2 ? { ...e, lang: "ar" } : e)) }),
  ],
  [
    "an event removed and one added",
    (m) => ({ ...m, events: [...m.events.slice(1), { ...m.events[0]!, id: "added-event" }] }),
  ],
];

describe("exports with the last build's blocks", () => {
  before(async () => {
    root = await tempDir("dateline-export-reuse-");
    await writeFixture(path.join(root.dir, "content"));
    ({ model } = await loadContent(path.join(root.dir, "content")));
  });
  after(() => root?.cleanup());

  for (const [what, edit] of edits) {
    test(`after ${what}, exports made with the last ones' blocks are byte for byte those made anew`, async () => {
      const last = await exportsOf(model);
      const edited = edit(model);
      const copied = await exportsOf(edited, { ...last, before: model });
      const fresh = await exportsOf(edited);
      assert.deepEqual(await hashTree(copied.dir), await hashTree(fresh.dir));
      assert.deepEqual(copied.layout, fresh.layout);
    });
  }

  test("an unchanged event's block is copied, not made again: a change to it in the old file comes through", async () => {
    const last = await exportsOf(model);
    const csv = path.join(last.dir, "data", "events.csv");
    const text = await fs.readFile(csv, "utf8");
    const timeline = buildTimeline(model, { drafts: false });
    const kept = timeline.events.at(-1)!;
    // Same length in bytes, so the blocks after it stay where the layout says.
    await fs.writeFile(csv, text.replace(`${kept.id},`, `${kept.id.toUpperCase()},`));
    const edited = {
      ...model,
      events: model.events.map((e) => (e.id === timeline.events[0]!.id ? { ...e, title: "New" } : e)),
    };
    const copied = await exportsOf(edited, { ...last, before: model });
    const rows = await fs.readFile(path.join(copied.dir, "data", "events.csv"), "utf8");
    assert.match(rows, new RegExp(`^${kept.id.toUpperCase()},`, "m"), "the unchanged row is the old file's");
    assert.match(rows, /,New,/, "the edited row is made anew");
  });
});

// The dev server (`npm start`'s edit loop) follows a rename with `former_ids`, a withdrawal, and their
// undoing, exactly as a cold build of the same content publishes them: compared byte for byte. Here with
// the slow tier's other dev-versus-cold comparisons; what the pages say is test/redirects.test.ts and
// test/withdrawn.test.ts.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { build } from "../../src/build.ts";
import { DevSite } from "../../src/dev/dev-site.ts";
import { hashTree } from "../hash-tree.ts";
import { copySample } from "../sample-copy.ts";

let tmp: string;
before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-dev-renames-"));
});
after(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await fs.writeFile(file, change(await fs.readFile(file, "utf8")));
}

const RENAMED = { id: "border-guards-say-al-qaim-remains-closed", former: "karkhi-says-al-qaim-stays-closed" };
const ID = "syrian-soldiers-seek-refuge-in-iraq";
const WITHDRAWN = "withdrawn:\n  date: 2025-01-10\n  reason: The only source was retracted by its publisher.\n";

test("the dev server follows a rename and its undoing as a cold build of the same content does", async () => {
  const content = await copySample(path.join(tmp, "dev", "content"), { editions: [] });
  const devDir = path.join(tmp, "dev", "dev-site");
  const dev = new DevSite(content, devDir, { eventsPerSearchPart: 4 });
  try {
    assert.ok((await dev.update()).ok);
    const sameAsCold = async (what: string) => {
      await dev.searchSettled();
      const cold = path.join(tmp, "dev", `cold-${what.replace(/\W+/g, "-")}`);
      const built = await build({ contentDir: content, outputDir: cold, drafts: true, eventsPerSearchPart: 4 });
      assert.equal(built.exitCode, 0, built.failure);
      assert.deepEqual(await hashTree(devDir), await hashTree(cold), what);
    };

    // Renamed again: the newest id's page, and a redirect from each of the two before it.
    const events = path.join(content, "events/2024");
    await fs.rename(path.join(events, `${RENAMED.id}.md`), path.join(events, "al-qaim-still-closed.md"));
    await edit(path.join(events, "al-qaim-still-closed.md"), (text) =>
      text.replace(`former_ids: [${RENAMED.former}]`, `former_ids: [${RENAMED.former}, ${RENAMED.id}]`),
    );
    assert.ok((await dev.update()).ok);
    assert.match(
      await fs.readFile(path.join(devDir, "events", RENAMED.id, "index.html"), "utf8"),
      /url=\/events\/al-qaim-still-closed\//,
    );
    await sameAsCold("renamed twice");

    // The first former id dropped: its old address no longer leads anywhere.
    await edit(path.join(events, "al-qaim-still-closed.md"), (text) => text.replace(`${RENAMED.former}, `, ""));
    assert.ok((await dev.update()).ok);
    await assert.rejects(fs.access(path.join(devDir, "events", RENAMED.former)));
    await sameAsCold("a former id dropped");

    // The last former id dropped: no redirect is left, and no /_redirects.
    await edit(path.join(events, "al-qaim-still-closed.md"), (text) => text.replace(/^former_ids: .*\n/m, ""));
    assert.ok((await dev.update()).ok);
    await assert.rejects(fs.access(path.join(devDir, "_redirects")));
    await sameAsCold("no former id left");
  } finally {
    await dev.searchSettled();
  }
});

test("the dev server withdraws and restores an event as a cold build of the same content does", async () => {
  const content = await copySample(path.join(tmp, "dev-withdrawn", "content"), { editions: [] });
  const devDir = path.join(tmp, "dev-withdrawn", "dev-site");
  const dev = new DevSite(content, devDir, { eventsPerSearchPart: 4 });
  const file = path.join(content, `events/2024/${ID}.md`);
  const original = await fs.readFile(file, "utf8");
  const sameAsCold = async (what: string) => {
    await dev.searchSettled();
    const cold = path.join(tmp, "dev-withdrawn", `cold-${what.replace(/\W+/g, "-")}`);
    const built = await build({ contentDir: content, outputDir: cold, drafts: true, eventsPerSearchPart: 4 });
    assert.equal(built.exitCode, 0, built.failure);
    assert.deepEqual(await hashTree(devDir), await hashTree(cold), what);
  };
  try {
    assert.ok((await dev.update()).ok);
    await fs.writeFile(file, original.replace("\nsources:", `\n${WITHDRAWN}sources:`));
    assert.ok((await dev.update()).ok);
    assert.match(
      await fs.readFile(path.join(devDir, "events", ID, "index.html"), "utf8"),
      /This event was withdrawn on/,
    );
    await sameAsCold("withdrawn");

    await fs.writeFile(file, original);
    assert.ok((await dev.update()).ok);
    assert.doesNotMatch(await fs.readFile(path.join(devDir, "events", ID, "index.html"), "utf8"), /withdrawn/);
    await sameAsCold("restored");
  } finally {
    await dev.searchSettled();
  }
});

// The staged site is checked before it is published: one page per event, no strays, no links out.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { verifyStaging } from "../src/publish/verify.ts";

let root: string;
describe("the staged site's verification", () => {
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-verify-"));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  const events = [
    { id: "a", file: "content/events/2024/a.md" },
    { id: "b", file: "content/events/2024/b.md" },
  ];

  /** A staged site with the given files (relative path → content). */
  async function staged(files: Record<string, string>): Promise<string> {
    const dir = await fs.mkdtemp(path.join(root, "staging-"));
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  const complete = {
    "index.html": "home",
    "events/a/index.html": "a",
    "events/b/index.html": "b",
    "places/x/index.html": "x",
    "feed.xml": "<feed/>",
  };

  test("a complete site passes and its pages are counted", async () => {
    const report = await verifyStaging(await staged(complete), { events, outputDir: "_site" });
    assert.deepEqual(report.problems, []);
    assert.equal(report.pages, 4);
  });

  test("a missing event page is a problem naming the event and its file", async () => {
    const { "events/b/index.html": _omitted, ...rest } = complete;
    const report = await verifyStaging(await staged(rest), { events, outputDir: "_site" });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.rule, p.severity]),
      [["_site/events/b/index.html", "event-page-missing", "error"]],
    );
    assert.match(report.problems[0]!.message, /"b".*content\/events\/2024\/b\.md/);
  });

  test("an event page for no published event (a draft, a stray) is a problem", async () => {
    const dir = await staged({ ...complete, "events/draft/index.html": "d", "events/a.html": "again" });
    const report = await verifyStaging(dir, { events, outputDir: "_site" });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.rule]),
      [
        ["_site/events/a.html", "event-page-extra"],
        ["_site/events/draft/index.html", "event-page-extra"],
      ],
    );
  });

  test("symbolic links anywhere are problems, even ones pointing inside", async () => {
    const outside = await staged({ "secret.txt": "do not publish" });
    const dir = await staged(complete);
    await fs.symlink(path.join(outside, "secret.txt"), path.join(dir, "leak.txt"));
    await fs.symlink(path.join(dir, "places"), path.join(dir, "events", "alias"));
    const report = await verifyStaging(dir, { events, outputDir: "_site" });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.rule]),
      [
        ["_site/events/alias", "output-symlink"],
        ["_site/leak.txt", "output-symlink"],
      ],
    );
  });

  test("each edition needs one page per event under its folder, and no other", async () => {
    const dir = await staged({
      ...complete,
      "ar/index.html": "home",
      "ar/events/a/index.html": "a",
      "ar/events/stray/index.html": "s",
    });
    const report = await verifyStaging(dir, { events, outputDir: "_site", editions: ["ar"] });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.rule]),
      [
        ["_site/ar/events/stray/index.html", "event-page-extra"],
        ["_site/ar/events/b/index.html", "event-page-missing"],
      ],
    );
  });
});

// Nothing published disappears silently: each build writes /data/manifest.json, and the next one stops,
// before anything is swapped in, when an address it published would be gone: naming the file it came from
// and the ways to keep it. A rename with `former_ids`, a withdrawal, or `--allow-removals` lets it through.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { build } from "../src/build.ts";
import { hashTree } from "./hash-tree.ts";
import { copySample } from "./sample-copy.ts";
import { runCli } from "./run-cli.ts";

const ID = "syrian-soldiers-seek-refuge-in-iraq";

let tmp: string;
let content: string;
let output: string;
describe("the manifest of published addresses", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-manifest-"));
    content = path.join(tmp, "content");
    output = path.join(tmp, "_site");
    // One edition: the refusals are the same in every one (a page per edition), at a quarter of the cost.
    await copySample(content, { editions: [] });
    assert.equal((await build({ contentDir: content, outputDir: output })).exitCode, 0);
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  // With the build cache, as a newsroom builds: a rebuild renders only what changed.
  const buildAgain = (...flags: string[]) =>
    runCli("build", ["--content", content, "--output", output, "--quiet", ...flags]);

  test("the manifest lists every page, feed and data file, and the file each event page came from", async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(output, "data/manifest.json"), "utf8")) as {
      urls: string[];
      sources: Record<string, string>;
    };
    for (const url of ["/", `/events/${ID}/`, "/places/anbar/", "/feed.xml", "/data/events.csv", "/corrections/"])
      assert.ok(manifest.urls.includes(url), url);
    assert.ok(!manifest.urls.some((url) => /pagefind|^\/assets\//.test(url)), "no search fragments or assets");
    // From the content folder, so the manifest reads the same wherever the site is built.
    assert.equal(manifest.sources[`/events/${ID}/`], `events/2024/${ID}.md`);
  });

  test("deleting a published event's file stops the next build, naming the file, and leaves the site as it was", async () => {
    const before = await hashTree(output);
    const file = path.join(content, `events/2024/${ID}.md`);
    const text = await fs.readFile(file, "utf8");
    await fs.rm(file);
    const run = await buildAgain();
    assert.equal(run.code, 2, run.stderr);
    const shown = path.relative(process.cwd(), file);
    assert.ok(
      run.stderr.includes(
        `${shown}:1:1: error: /events/${ID}/ was published by the last build and would disappear: restore the file; or withdraw the event (\`withdrawn:\`) to keep a notice there; or, if it was renamed, list its old id under \`former_ids\` in its new file. To remove it on purpose, build with --allow-removals [url-removed]`,
      ),
      run.stderr,
    );
    assert.match(run.stderr, /error: published addresses would disappear \(1 problem\)\n.*_site is unchanged\.\n$/);
    assert.deepEqual(await hashTree(output), before);

    // Withdrawn instead, it keeps a notice there: the build goes through.
    await fs.writeFile(
      file,
      text.replace("\nsources:", "\nwithdrawn:\n  date: 2025-01-10\n  reason: Retracted.\nsources:"),
    );
    assert.equal((await buildAgain()).code, 0);
  });

  test("a rename with former_ids goes through; one without it stops; --allow-removals lets a removal through", async () => {
    const events = path.join(content, "events/2024");
    await fs.rename(
      path.join(events, "fall-of-the-assad-government.md"),
      path.join(events, "assad-government-falls.md"),
    );
    const run = await buildAgain();
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /\/events\/fall-of-the-assad-government\/ was published by the last build and would disappear/,
    );

    const file = path.join(events, "assad-government-falls.md");
    const text = await fs.readFile(file, "utf8");
    await fs.writeFile(file, text.replace("\ndate:", "\nformer_ids: [fall-of-the-assad-government]\ndate:"));
    assert.equal((await buildAgain()).code, 0);
    assert.match(
      await fs.readFile(path.join(output, "events/fall-of-the-assad-government/index.html"), "utf8"),
      /url=\/events\/assad-government-falls\//,
    );

    await fs.writeFile(file, text);
    assert.equal((await buildAgain()).code, 2);
    const allowed = await buildAgain("--allow-removals");
    assert.equal(allowed.code, 0, allowed.stderr);
    await assert.rejects(fs.access(path.join(output, "events/fall-of-the-assad-government")));
  });

  test("a preview with --drafts publishes nothing for good: the next build may leave the drafts out", async () => {
    const draft = path.join(content, "events/2024/talks-planned.md");
    await fs.writeFile(
      draft,
      "---\ntitle: Border talks planned\ndate: 2024-12-30\ndraft: true\nsources: [https://example.org/t]\n---\nUnconfirmed.\n",
    );
    assert.equal((await buildAgain("--drafts")).code, 0);
    await fs.access(path.join(output, "events/talks-planned/index.html"));
    const run = await buildAgain();
    assert.equal(run.code, 0, run.stderr);
    await assert.rejects(fs.access(path.join(output, "events/talks-planned")));
  });
});

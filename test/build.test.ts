// `npm run build` end to end, in child processes as users run it: dates are the same in every TZ, a
// failed build leaves the previous site byte for byte, and drafts stay out unless asked for. Then
// build() in process, for what needs no process of its own: rebuilds, crashes, bad base URLs.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { build, type BuildSteps } from "../src/build.ts";
import { hashTree } from "./hash-tree.ts";
import { runCli, spawnCli } from "./run-cli.ts";

let root: string;
describe("npm run build", () => {
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-build-"));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  const runBuild = (args: string[]) => runCli("build", args);

  const FIXTURE: Record<string, string> = {
    "site.yml": 'title: Test timeline\ndescription: A small test timeline.\nlanguage: en\nbaseUrl: ""\n',
    "places/al-qaim.md": "---\nname: al-Qaim\nkind: district\n---\nA district on the Euphrates.\n",
    "actors/iraqi-border-guards.md": "---\nname: Iraqi Border Guards\nkind: state-force\n---\nGuards the border.\n",
    "events/2024/crossing-reopens.md":
      "---\ntitle: Crossing reopens\ndate: 2024-12-19\nlocation: al-Qaim\nactors: [Iraqi Border Guards]\nsources:\n  - https://example.org/a\n---\nThe crossing reopened for one day.\n",
    "events/2024/crossing-closes.md":
      "---\ntitle: Crossing closes\ndate: 2024-12-07\nlocation: al-Qaim\nsources: [https://example.org/b]\n---\nThe crossing closed.\n",
    "events/2024/unconfirmed.md":
      "---\ntitle: Unconfirmed report\ndate: 2024-12-20\ndraft: true\nsources: [https://example.org/c]\n---\nNot yet confirmed.\n",
  };

  /** A project-like folder: `content/` with the fixture, and room for outputs beside it. */
  async function project(): Promise<{ dir: string; content: string; output: string }> {
    const dir = await fs.mkdtemp(path.join(root, "project-"));
    const content = path.join(dir, "content");
    for (const [name, text] of Object.entries(FIXTURE)) {
      await fs.mkdir(path.dirname(path.join(content, name)), { recursive: true });
      await fs.writeFile(path.join(content, name), text);
    }
    return { dir, content, output: path.join(dir, "_site") };
  }

  const eventPage = (output: string, id: string) => path.join(output, "events", id, "index.html");

  // As `npm run build` in a child process: the machine's time zone is the process's.
  for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati"]) {
    test(`builds the fixture under TZ=${tz}: the day as written, drafts left out, nothing beside the output but the cache`, async () => {
      const { dir, content, output } = await project();
      const run = await spawnCli("build", ["--content", content, "--output", output, "--quiet"], { env: { TZ: tz } });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, "", "--quiet: no progress");
      assert.match(run.stdout, /^Built 2 events, \d+ pages into .*_site in \d+\.\d s\n$/);
      const page = await fs.readFile(eventPage(output, "crossing-reopens"), "utf8");
      assert.match(page, /19 December 2024/);
      assert.doesNotMatch(page, /18 December 2024|20 December 2024/);
      await fs.access(eventPage(output, "crossing-closes"));
      await assert.rejects(fs.access(eventPage(output, "unconfirmed")), "a draft has no page in a normal build");
      // The front matter's JSON Schemas are published with the site, for editors' tools.
      const schema = JSON.parse(await fs.readFile(path.join(output, "schemas", "event.json"), "utf8")) as {
        required: string[];
      };
      assert.deepEqual(schema.required, ["title", "date"]);
      assert.deepEqual((await fs.readdir(dir)).sort(), [".dateline", "_site", "content"]);
      assert.deepEqual(await fs.readdir(path.join(dir, ".dateline")), ["cache"]);
    });
  }

  test("a content error: exit 1, the previous output byte-identical, no staging folder beside it", async () => {
    const { dir, content, output } = await project();
    assert.equal((await build({ contentDir: content, outputDir: output })).exitCode, 0);
    const before = await hashTree(output);
    await fs.writeFile(
      path.join(content, "events/2024/crossing-closes.md"),
      FIXTURE["events/2024/crossing-closes.md"]!.replace("2024-12-07", "2024-02-30"),
    );
    const run = await runBuild(["--content", content, "--output", output]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /crossing-closes\.md:\d+:\d+: error: .*\[date-invalid\]/);
    assert.equal(run.stdout, "");
    assert.deepEqual(await hashTree(output), before);
    assert.deepEqual((await fs.readdir(dir)).sort(), ["_site", "content"]);
  });

  test("--drafts includes draft events; progress goes to stderr a line per step", async () => {
    const { content, output } = await project();
    const run = await runBuild(["--content", content, "--output", output, "--drafts"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Built 3 events, /);
    // Progress on stderr, a plain line per step as it ends (no terminal here), then every step's time.
    const lines = run.stderr.trimEnd().split("\n");
    assert.match(lines[0]!, /^build cache: none yet \(.*\.dateline\/cache\); building everything$/);
    assert.match(lines[1]!, /^load +\d+\.\d s {2}3 events$/);
    assert.match(lines[2]!, /^index +\d+\.\d s {2}3 published events$/);
    assert.ok(
      lines.some((line) => /^search +\d+\.\d s {2}3 search records$/.test(line)),
      run.stderr,
    );
    assert.ok(
      lines.some((line) => /^verify +\d+\.\d s {2}\d+ pages$/.test(line)),
      run.stderr,
    );
    assert.match(lines.at(-1)!, /^steps: load \d+\.\d s · index .* · publish \d+\.\d s · cache \d+\.\d s$/);
    assert.doesNotMatch(run.stderr, /\r/, "no live line without a terminal");
    await fs.access(eventPage(output, "unconfirmed"));
  });

  // Which folders are refused is test/publish.test.ts (outputDirProblem); here, what the command makes of it.
  test("refuses to publish over the content folder: exit 2, nothing touched", async () => {
    const { dir, content } = await project();
    const before = await hashTree(dir);
    const run = await runBuild(["--content", content, "--output", content]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /refusing to publish into/);
    assert.deepEqual(await hashTree(dir), before);
  });

  // Every kind of bad flag is test/cli-args.test.ts; here, that the command shows it with exit 2.
  test("bad usage is exit 2 with the usage text", async () => {
    const run = await runBuild(["--colour"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^Unknown option '--colour'[^]*Usage: npm run build/);
  });

  // In process; a stand-in renderer shows how build() treats a renderer that crashes or writes the wrong pages.
  const writePages = (pages: string[]): BuildSteps => ({
    async render(_input, outputDir) {
      for (const page of pages) {
        await fs.mkdir(path.dirname(path.join(outputDir, page)), { recursive: true });
        await fs.writeFile(path.join(outputDir, page), "<p>page</p>");
      }
    },
  });
  const completeSite = ["index.html", "events/crossing-reopens/index.html", "events/crossing-closes/index.html"];

  // Removals refused without --allow-removals are test/manifest.test.ts.
  test("build(): a successful rebuild replaces the output: pages of removed events are gone", async () => {
    const { dir, content, output } = await project();
    assert.equal((await build({ contentDir: content, outputDir: output })).exitCode, 0);
    await fs.writeFile(path.join(output, "stale.html"), "left from an older build");
    await fs.rm(path.join(content, "events/2024/crossing-closes.md"));
    const result = await build({ contentDir: content, outputDir: output, allowRemovals: true });
    assert.equal(result.exitCode, 0, result.failure);
    assert.equal(result.events, 1);
    await assert.rejects(fs.access(eventPage(output, "crossing-closes")));
    await assert.rejects(fs.access(path.join(output, "stale.html")));
    await fs.access(eventPage(output, "crossing-reopens"));
    assert.deepEqual((await fs.readdir(dir)).sort(), ["_site", "content"]);
  });

  test("build(): a stand-in renderer writing every event page publishes, counting pages and events", async () => {
    const { dir, content, output } = await project();
    const result = await build({ contentDir: content, outputDir: output }, writePages(completeSite));
    assert.equal(result.exitCode, 0, result.failure);
    assert.deepEqual([result.events, result.pages], [2, 3]);
    assert.deepEqual((await fs.readdir(dir)).sort(), ["_site", "content"]);
  });

  test("build(): a render crash is exit 2, the previous output untouched, no staging folder", async () => {
    const { dir, content, output } = await project();
    await build({ contentDir: content, outputDir: output }, writePages(completeSite));
    const before = await hashTree(output);
    const crashing: BuildSteps = {
      async render(_input, outputDir) {
        await fs.writeFile(path.join(outputDir, "index.html"), "half");
        throw new Error("template exploded");
      },
    };
    const result = await build({ contentDir: content, outputDir: output }, crashing);
    assert.equal(result.exitCode, 2);
    assert.match(result.failure ?? "", /template exploded/);
    assert.deepEqual(await hashTree(output), before);
    assert.deepEqual((await fs.readdir(dir)).sort(), ["_site", "content"]);
  });

  test("build(): a site that fails verification is exit 2 with the problems as diagnostics, nothing published", async () => {
    const { dir, content, output } = await project();
    const pages = ["index.html", "events/crossing-reopens/index.html", "events/unconfirmed/index.html"];
    const result = await build({ contentDir: content, outputDir: output }, writePages(pages));
    assert.equal(result.exitCode, 2);
    assert.deepEqual(result.diagnostics.map((d) => d.rule).sort(), ["event-page-extra", "event-page-missing"]);
    assert.ok(result.diagnostics.every((d) => d.file.endsWith("index.html") && d.file.includes("_site/events/")));
    assert.deepEqual(await fs.readdir(dir), ["content"]);
  });

  test("build(): content errors are exit 1 before anything is written, not even a staging folder", async () => {
    const { dir, content, output } = await project();
    await fs.writeFile(
      path.join(content, "events/2024/typo.md"),
      "---\ntitle: Typo\ndate: 2024-12-01\nloaction: al-Qaim\n---\nText.\n",
    );
    let rendered = false;
    const result = await build(
      { contentDir: content, outputDir: output },
      {
        render() {
          rendered = true;
          return Promise.resolve();
        },
      },
    );
    assert.equal(result.exitCode, 1);
    assert.equal(rendered, false);
    assert.ok(result.diagnostics.some((d) => d.severity === "error" && d.file.endsWith("typo.md")));
    assert.deepEqual(await fs.readdir(dir), ["content"]);
  });

  test("build(): a --base-url that is not an absolute http(s) URL is exit 2, before anything is read", async () => {
    const { dir, content, output } = await project();
    const cases = [
      ["example.org", /is not an absolute URL/],
      ["ftp://example.org", /must start with http/],
    ] as const;
    for (const [baseUrl, message] of cases) {
      const result = await build({ contentDir: content, outputDir: output, baseUrl });
      assert.equal(result.exitCode, 2);
      assert.match(result.failure ?? "", message);
    }
    assert.deepEqual(await fs.readdir(dir), ["content"]);
  });

  test("build(): --base-url reaches the renderer without a trailing slash", async () => {
    const { content, output } = await project();
    let seen = "";
    const result = await build(
      { contentDir: content, outputDir: output, baseUrl: "https://example.org/timeline/" },
      {
        async render(input, outputDir) {
          seen = input.model.site.baseUrl;
          await writePages(completeSite).render(input, outputDir);
        },
      },
    );
    assert.equal(result.exitCode, 0, result.failure);
    assert.equal(seen, "https://example.org/timeline");
  });
});

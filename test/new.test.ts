// `npm run new`: writes one valid event file from flags, never overwrites, rejects bad input with exit 1.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { parse } from "yaml";
import { loadContent } from "../src/content/load.ts";
import { runCli } from "./run-cli.ts";

let root: string;
before(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-new-"));
});
after(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const runNew = (args: string[]) => runCli("new", args);

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(match, "file starts with a front-matter block");
  return parse(match[1]!) as Record<string, unknown>;
}

const expectedPath = (content: string, ...parts: string[]) => path.join(content, "events", ...parts);

test("writes events/<year>/<slug>.md with the given fields, quoted safely, and no invented sources", async () => {
  const content = await fs.mkdtemp(path.join(root, "content-"));
  const title = 'Iraq reopens al-Qaim: "one day only", #2';
  const run = await runNew([
    "--content", content, "--title", title, "--date", "2024-12-19",
    "--location", "al-Qaim border crossing", "--actors", "Iraqi Border Guards, Syrian Arab Army", "--tags", "border", "--tags", "soldiers",
  ]);
  assert.equal(run.code, 0, run.stderr);
  const file = expectedPath(content, "2024", "iraq-reopens-al-qaim-one-day-only-2.md");
  assert.ok(run.stdout.includes("iraq-reopens-al-qaim-one-day-only-2.md"), run.stdout);
  assert.match(run.stdout, /source/i, "reminds the editor to add a source");
  const data = frontMatter(await fs.readFile(file, "utf8"));
  assert.deepEqual(data, {
    title,
    date: "2024-12-19",
    location: ["al-Qaim border crossing"],
    actors: ["Iraqi Border Guards", "Syrian Arab Army"],
    tags: ["border", "soldiers"],
  });
});

test("the written file passes the checker: no errors, only the missing-source and implicit-entity warnings", async () => {
  const content = await fs.mkdtemp(path.join(root, "content-"));
  const run = await runNew(["--content", content, "--title", "No", "--date", "2024", "--actors", "Someone"]);
  assert.equal(run.code, 0, run.stderr);
  const { model, diagnostics } = await loadContent(content);
  assert.deepEqual(diagnostics.filter((d) => d.severity === "error"), []);
  assert.equal(model.events.length, 1);
  assert.equal(model.events[0]!.title, "No");
  assert.equal(model.events[0]!.date.text, "2024");
});

test("a title without letters or digits takes its file name from the date; --id overrides both", async () => {
  const content = await fs.mkdtemp(path.join(root, "content-"));
  assert.equal((await runNew(["--content", content, "--title", "—?!", "--date", "2024-12"])).code, 0);
  await fs.access(expectedPath(content, "2024", "2024-12.md"));
  assert.equal((await runNew(["--content", content, "--title", "Anything", "--date", "2023-01-02", "--id", "my-id"])).code, 0);
  assert.equal(frontMatter(await fs.readFile(expectedPath(content, "2023", "my-id.md"), "utf8")).id, "my-id");
});

test("refuses to overwrite an existing file, or reuse its id in another year, leaving it untouched", async () => {
  const content = await fs.mkdtemp(path.join(root, "content-"));
  const file = expectedPath(content, "2024", "crossing-closes.md");
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, "hand-written\n");
  for (const date of ["2024-12-07", "2025-01-01"]) {
    const run = await runNew(["--content", content, "--title", "Crossing closes", "--date", date]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /already exists/);
  }
  assert.equal(await fs.readFile(file, "utf8"), "hand-written\n");
  await assert.rejects(fs.access(expectedPath(content, "2025")));
});

test("a bad date is exit 1 with the checker's message, and nothing is written", async () => {
  const content = await fs.mkdtemp(path.join(root, "content-"));
  const run = await runNew(["--content", content, "--title", "Leap", "--date", "2023-02-29"]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /date: 2023-02-29 is not a calendar date \[date-invalid\]/);
  const format = await runNew(["--content", content, "--title", "US style", "--date", "12/19/2024"]);
  assert.equal(format.code, 1);
  assert.match(format.stderr, /\[date-format\]/);
  assert.deepEqual(await fs.readdir(content), []);
});

// Unknown flags and the like are test/cli-args.test.ts; here, new's own required flags.
test("missing --title or --date is exit 1 with the usage", async () => {
  const content = await fs.mkdtemp(path.join(root, "content-"));
  for (const args of [["--title", "No date"], ["--date", "2024"]]) {
    const run = await runNew(["--content", content, ...args]);
    assert.equal(run.code, 1, args.join(" "));
    assert.match(run.stderr, /Usage: npm run new/);
  }
  assert.deepEqual(await fs.readdir(content), []);
});

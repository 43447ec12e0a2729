// `npm run new`: writes one valid event file from flags, never overwrites, rejects bad input with exit 1.
// The command runs as users run it where its own output and exit code matter; the rules of what it
// writes (names, ids, refusals) are checked on writeNewEvent directly, which is what it calls.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { parse } from "yaml";
import { loadContent } from "../src/content/load.ts";
import { writeNewEvent, type NewEventResult } from "../src/content/new-event.ts";
import { runCli, spawnCli } from "./run-cli.ts";

let root: string;
describe("npm run new", () => {
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
  const newContent = () => fs.mkdtemp(path.join(root, "content-"));

  /** The problem writeNewEvent reports, failing the test if it wrote a file instead. */
  function refusal(result: NewEventResult): string {
    if (result.ok) assert.fail(`expected a refusal, but it wrote ${result.file}`);
    return `${result.message}${result.rule ? ` [${result.rule}]` : ""}`;
  }

  test("writes events/<year>/<slug>.md with the given fields, quoted safely, and no invented sources", async () => {
    const content = await newContent();
    const title = 'Iraq reopens al-Qaim: "one day only", #2';
    const run = await runNew([
      "--content",
      content,
      "--title",
      title,
      "--date",
      "2024-12-19",
      "--location",
      "al-Qaim border crossing",
      "--actors",
      "Iraqi Border Guards, Syrian Arab Army",
      "--tags",
      "border",
      "--tags",
      "soldiers",
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

  test("refuses to overwrite an existing file: exit 1 with the reason, the file untouched", async () => {
    const content = await newContent();
    const file = expectedPath(content, "2024", "crossing-closes.md");
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, "hand-written\n");
    const run = await runNew(["--content", content, "--title", "Crossing closes", "--date", "2024-12-07"]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^error: an event with id "crossing-closes" already exists: .*\.md; pass --id/);
    assert.equal(await fs.readFile(file, "utf8"), "hand-written\n");
  });

  test("a bad date is exit 1 with the checker's message and rule, and nothing is written", async () => {
    const content = await newContent();
    const run = await runNew(["--content", content, "--title", "Leap", "--date", "2023-02-29"]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^error: date: 2023-02-29 is not a calendar date \[date-invalid\]$/m);
    assert.deepEqual(await fs.readdir(content), []);
  });

  // Unknown flags and the like are test/cli-args.test.ts; here, new's own required flags.
  test("a missing --date is exit 1 with the usage", async () => {
    const content = await newContent();
    const run = await spawnCli("new", ["--content", content, "--title", "No date"]);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /^--title and --date are required \(or run npm run new alone in a terminal, which asks\)\n\nUsage: npm run new/,
    );
    assert.deepEqual(await fs.readdir(content), []);
  });

  test("the written file passes the checker: no errors, only the missing-source and implicit-entity warnings", async () => {
    const content = await newContent();
    assert.equal((await writeNewEvent(content, { title: "No", date: "2024", actors: ["Someone"] })).ok, true);
    const { model, diagnostics } = await loadContent(content);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === "error"),
      [],
    );
    assert.deepEqual([...new Set(diagnostics.map((d) => d.rule))].sort(), ["entity-implicit", "source-missing"]);
    assert.equal(model.events.length, 1);
    assert.equal(model.events[0]!.title, "No");
    assert.equal(model.events[0]!.date.text, "2024");
  });

  test("a title without letters or digits takes its file name from the date; --id overrides both", async () => {
    const content = await newContent();
    const fromDate = await writeNewEvent(content, { title: "—?!", date: "2024-12" });
    assert.deepEqual(fromDate, { ok: true, file: expectedPath(content, "2024", "2024-12.md") });
    const withId = await writeNewEvent(content, { title: "Anything", date: "2023-01-02", id: "my-id" });
    assert.deepEqual(withId, { ok: true, file: expectedPath(content, "2023", "my-id.md") });
    assert.equal(frontMatter(await fs.readFile(withId.file, "utf8")).id, "my-id");
    const badId = await writeNewEvent(content, { title: "x", date: "2024", id: "My Id" });
    assert.match(refusal(badId), /--id "My Id" is not a slug/);
  });

  test("an id is never reused, not even in another year's folder", async () => {
    const content = await newContent();
    assert.equal((await writeNewEvent(content, { title: "Crossing closes", date: "2024-12-07" })).ok, true);
    const again = await writeNewEvent(content, { title: "Crossing closes", date: "2025-01-01" });
    assert.match(refusal(again), /already exists/);
    await assert.rejects(fs.access(expectedPath(content, "2025")));
  });

  test("refusals use the checker's words: an impossible date, a date in no known form, an empty title", async () => {
    const content = await newContent();
    const refused = async (title: string, date: string) => refusal(await writeNewEvent(content, { title, date }));
    assert.equal(await refused("Leap", "2023-02-29"), "date: 2023-02-29 is not a calendar date [date-invalid]");
    assert.match(await refused("US style", "12/19/2024"), /\[date-format\]$/);
    assert.equal(await refused("  ", "2024"), "--title must not be empty");
    assert.deepEqual(await fs.readdir(content), []);
  });
});

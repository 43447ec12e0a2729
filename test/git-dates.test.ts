// `npm run check -- --git-dates`: an event whose facts (date, places, actors, figures, counts) changed in
// git after it was first committed, with no correction or `updated:` since, is warned about; a change to
// its words alone is not, and a correction dated that day or later settles it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { runCli } from "./run-cli.ts";

let repo: string;
let content: string;
let event: string;

/** Commits everything in the repository on `day`, as its committer date. */
function commit(day: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
  execFileSync("git", ["add", "-A"], { cwd: repo, env });
  execFileSync("git", ["commit", "-q", "-m", message], { cwd: repo, env });
}

const FIRST =
  "---\ntitle: Iraq shuts the al-Qaim crossing\ndate: 2024-12-08\nlocation: al-Qaim\nsources:\n  - title: Rudaw\n---\nIraq closed the crossing.\n";

describe("npm run check -- --git-dates", () => {
  before(async () => {
    repo = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-git-dates-"));
    content = path.join(repo, "content");
    event = path.join(content, "events/2024/crossing-closes.md");
    await fs.mkdir(path.dirname(event), { recursive: true });
    await fs.mkdir(path.join(content, "places"));
    await fs.writeFile(path.join(content, "site.yml"), 'title: Test\nlanguage: en\nbaseUrl: ""\n');
    await fs.writeFile(path.join(content, "places/al-qaim.md"), "---\nname: al-Qaim\n---\n");
    await fs.writeFile(path.join(content, "places/husaybah.md"), "---\nname: Husaybah\n---\n");
    await fs.writeFile(event, FIRST);
    execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
    execFileSync("git", ["config", "user.email", "editor@example.org"], { cwd: repo });
    execFileSync("git", ["config", "user.name", "Editor"], { cwd: repo });
    commit("2024-12-10", "Add the closure");
  });
  after(async () => {
    await fs.rm(repo, { recursive: true, force: true });
  });

  const check = () => runCli("check", ["--content", content, "--git-dates"]);

  test("a change to the words alone needs no correction", async () => {
    await fs.writeFile(event, FIRST.replace("Iraq closed the crossing.", "Iraq closed the main crossing."));
    commit("2024-12-11", "Reword");
    const run = await check();
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, "No problems found.\n");
  });

  test("a changed date and place without a correction is warned about, naming the day, the commit and the fields", async () => {
    await fs.writeFile(event, FIRST.replace("2024-12-08", "2024-12-07").replace("al-Qaim\n", "Husaybah\n"));
    commit("2024-12-20", "Correct the day and the place");
    const hash = execFileSync("git", ["rev-parse", "--short=7", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
    const run = await check();
    assert.equal(run.code, 0, "a warning, not an error");
    assert.match(
      run.stdout,
      new RegExp(
        `crossing-closes\\.md:1:1: warning: its date, location changed on 2024-12-20 \\(commit ${hash}\\) after it was published, with no correction since: .* \\[correction-missing\\]`,
      ),
    );
  });

  test("a correction from that day settles it; one from before does not", async () => {
    const changed = await fs.readFile(event, "utf8");
    const corrected = (day: string) =>
      changed.replace(
        "sources:",
        `corrections:\n  - date: ${day}\n    text: The crossing closed on 7 December, at Husaybah.\nsources:`,
      );
    await fs.writeFile(event, corrected("2024-12-19"));
    assert.match((await check()).stdout, /\[correction-missing\]/);
    await fs.writeFile(event, corrected("2024-12-20"));
    assert.equal((await check()).stdout, "No problems found.\n");
  });

  test("outside a git repository, --git-dates says so and exits 1", async () => {
    const alone = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-no-git-"));
    try {
      await fs.cp(content, path.join(alone, "content"), { recursive: true });
      const run = await runCli("check", ["--content", path.join(alone, "content"), "--git-dates"]);
      assert.equal(run.code, 1);
      assert.match(
        run.stderr,
        /^error: --git-dates reads the content's git history: git rev-parse failed: fatal: not a git repository/,
      );
    } finally {
      await fs.rm(alone, { recursive: true, force: true });
    }
  });
});

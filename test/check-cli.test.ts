// `npm run check`: exit 0 without errors (warnings allowed), 1 with errors; --format json is pipeable.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { INVALID } from "./fixtures/support.ts";
import { runCli, spawnCli } from "./run-cli.ts";

let root: string;
describe("npm run check", () => {
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-check-"));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  const runCheck = (args: string[]) => runCli("check", args);

  /** A content folder with one event; `extra` adds or replaces files. */
  async function contentFolder(extra: Record<string, string> = {}): Promise<string> {
    const dir = await fs.mkdtemp(path.join(root, "content-"));
    const files: Record<string, string> = {
      "site.yml": 'title: Test timeline\ndescription: A test.\nlanguage: en\nbaseUrl: ""\n',
      "places/al-qaim.md": "---\nname: al-Qaim\nkind: district\n---\nA district.\n",
      "events/2024/crossing-reopens.md":
        "---\ntitle: Crossing reopens\ndate: 2024-12-19\nlocation: al-Qaim\nsources:\n  - https://example.org/a\n---\nIt reopened.\n",
      ...extra,
    };
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  const sourceless = "---\ntitle: No source yet\ndate: 2024-12-20\n---\nText.\n";
  const broken = "---\ntitle: Impossible\ndate: 2024-02-30\nsources: [https://example.org/b]\n---\nText.\n";

  test("clean content: exit 0 and one reassuring line", async () => {
    const run = await runCheck(["--content", await contentFolder()]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, "No problems found.\n");
  });

  test("warnings only: exit 0, but --strict makes them errors: exit 1", async () => {
    const content = await contentFolder({ "events/2024/no-source.md": sourceless });
    const run = await runCheck(["--content", content]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /warning: /);
    assert.equal((await runCheck(["--content", content, "--strict"])).code, 1);
  });

  test("errors: exit 1, one line per problem with file:line:col", async () => {
    const run = await runCheck(["--content", await contentFolder({ "events/2024/impossible.md": broken })]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /events\/2024\/impossible\.md:3:\d+: error: .*2024-02-30.* \[date-invalid\]/);
  });

  test("links the page would leave out are errors at their place, never a crash: &colon; and &#99999999;", async () => {
    const event = (title: string, body: string) =>
      `---\ntitle: ${title}\ndate: 2024-12-21\nsources: [https://example.org/c]\n---\nFirst line.\n\n${body}\n`;
    const content = await contentFolder({
      "events/2024/colon.md": event("Colon", "See [the statement](javascript&colon;alert(1)) online."),
      "events/2024/no-character.md": event("No character", "See [the statement](&#99999999;) online."),
    });
    const run = await runCheck(["--content", content]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.stderr, "");
    assert.match(run.stdout, /colon\.md:8:21: error: link to "javascript&colon;alert\(1\)" .*\[link-invalid\]$/m);
    assert.match(run.stdout, /no-character\.md:8:21: error: link to "&#99999999;" .*\[link-invalid\]$/m);
  });

  test("translations: a clean edition exits 0; a translation writing the original's date is an error there", async () => {
    const site = 'title: Test timeline\nlanguage: en\neditions: [ar]\nbaseUrl: ""\n';
    const clean = await contentFolder({
      "site.yml": site,
      "events/2024/crossing-reopens.ar.md": "---\ntitle: إعادة فتح المنفذ\n---\nأعيد فتحه.\n",
      "places/al-qaim.ar.md": "---\nname: القائم\n---\n",
    });
    const ok = await runCheck(["--content", clean, "--strict"]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const run = await runCheck([
      "--content",
      await contentFolder({
        "site.yml": site,
        "events/2024/crossing-reopens.ar.md": "---\ntitle: إعادة فتح المنفذ\ndate: 2024-12-19\n---\n",
      }),
    ]);
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /crossing-reopens\.ar\.md:3:1: error: date: comes from the original, crossing-reopens\.md;/,
    );
    assert.match(run.stdout, /\[translation-field]$/m);
  });

  test("--format json prints only a JSON array of {file, line, column, severity, rule, message}", async () => {
    const content = await contentFolder({
      "events/2024/impossible.md": broken,
      "events/2024/no-source.md": sourceless,
    });
    const run = await runCheck(["--content", content, "--format", "json"]);
    assert.equal(run.code, 1);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    assert.ok(Array.isArray(list) && list.length >= 2);
    for (const item of list) {
      assert.deepEqual(Object.keys(item).sort(), ["column", "file", "line", "message", "rule", "severity"]);
      assert.equal(typeof item.line, "number");
      assert.ok(item.severity === "error" || item.severity === "warning");
    }
    assert.ok(list.some((d) => d.rule === "date-invalid" && String(d.file).endsWith("events/2024/impossible.md")));
    // No problems in JSON is `[]`: test/diagnostics.test.ts.
  });

  // Unknown flags and the like are test/cli-args.test.ts; here, that check shows bad usage with exit 1.
  test("bad usage (an unknown format) is exit 1 with the usage, from npm run check's own process", async () => {
    const run = await spawnCli("check", ["--format", "xml"]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^--format must be text, json or github, not "xml"\n\nUsage: npm run check/);
  });

  test("--format github: one Actions annotation per problem, on the file, line, column and rule the text shows", async () => {
    const [text, github] = await Promise.all([
      runCheck(["--content", INVALID]),
      runCheck(["--content", INVALID, "--format", "github"]),
    ]);
    assert.equal(github.code, 1);
    const problems = text.stdout.trimEnd().split("\n").slice(0, -1);
    const annotations = github.stdout.trimEnd().split("\n").slice(0, -1);
    assert.ok(problems.length > 20, `the invalid fixtures have many problems: ${problems.length}`);
    assert.equal(annotations.length, problems.length);
    assert.equal(
      github.stdout.trimEnd().split("\n").at(-1),
      text.stdout.trimEnd().split("\n").at(-1),
      "the same summary",
    );
    // Properties escape , and : (and % and line breaks) as the Actions toolkit does; the message escapes % and line breaks.
    const unescape = (value: string) =>
      value.replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
    problems.forEach((problem, i) => {
      const at = /^(.+?):(\d+):(\d+): (error|warning): (.*) \[([a-z-]+)\]$/s.exec(problem);
      const annotation = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^,:]+)::(.*)$/.exec(
        annotations[i]!,
      );
      assert.ok(at && annotation, `${problem}\n${annotations[i]}`);
      const [, file, line, column, severity, , rule] = at;
      assert.deepEqual(
        [annotation[1], unescape(annotation[2]!), annotation[3], annotation[4], annotation[5]],
        [severity, file, line, column, rule],
        annotations[i],
      );
      assert.doesNotMatch(annotation[6]!, /[\r\n]/, "one line per annotation");
    });
  });

  test("--sources lists each web source without an archived copy, at the source; the page links the copies there are", async () => {
    const event =
      "---\ntitle: Crossing closes\ndate: 2024-12-07\nlocation: al-Qaim\nsources:\n" +
      "  - url: https://example.org/kept\n    archive: https://web.archive.org/web/2024/https://example.org/kept\n" +
      "  - url: https://example.org/not-kept\n  - title: A printed report\n---\nIt closed.\n";
    const content = await contentFolder({ "events/2024/crossing-closes.md": event });
    assert.equal((await runCheck(["--content", content])).stdout, "No problems found.\n", "only when asked");
    const run = await runCheck(["--content", content, "--sources"]);
    assert.equal(run.code, 0, "a warning");
    const lines = run.stdout.split("\n").filter((line) => line.includes("crossing-closes.md"));
    assert.equal(lines.length, 1, run.stdout);
    assert.match(
      lines[0]!,
      /crossing-closes\.md:8:5: warning: sources: https:\/\/example\.org\/not-kept has no archived copy: /,
    );

    const output = path.join(root, "sources-site");
    assert.equal((await runCli("build", ["--content", content, "--output", output, "--no-cache", "--quiet"])).code, 0);
    const page = await fs.readFile(path.join(output, "events/crossing-closes/index.html"), "utf8");
    assert.match(
      page,
      /<a href="https:\/\/example\.org\/kept" rel="noopener noreferrer">example\.org<\/a><\/cite><span class="source-sep">, <\/span><a href="https:\/\/web\.archive\.org\/web\/2024\/https:\/\/example\.org\/kept" rel="noopener noreferrer">archived copy<\/a>/,
    );
  });
});

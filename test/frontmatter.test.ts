// Splitting a file into front matter and body (docs/content-format.md "Front matter"): a `---` line, YAML,
// a `---` line; no other front-matter language, and nothing in a file is ever run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { parseFrontMatter, type FrontMatter } from "../src/content/frontmatter.ts";
import type { Problem } from "../src/content/yaml.ts";
import { INVALID } from "./fixtures/support.ts";

function ok(text: string): FrontMatter {
  const r = parseFrontMatter(text);
  if (!r.ok) assert.fail(`expected front matter to parse: ${JSON.stringify(r.problems)}`);
  return r.value;
}

function refused(text: string): Problem[] {
  const r = parseFrontMatter(text);
  assert.equal(r.ok, false, "expected the front matter to be refused");
  if (r.ok) throw new Error("unreachable");
  return r.problems;
}

const fixture = (name: string) => readFile(path.join(INVALID, "events", name), "utf8");

test("fields, body and the line the body starts on", () => {
  const fm = ok(
    "---\ntitle: Iraq closes the al-Qaim crossing\ndate: 2024-12-06\n---\nIraq closed the crossing.\n\nSecond paragraph.\n",
  );
  assert.deepEqual(fm.yaml.data, { title: "Iraq closes the al-Qaim crossing", date: "2024-12-06" });
  assert.equal(fm.body, "Iraq closed the crossing.\n\nSecond paragraph.\n");
  assert.equal(fm.bodyLine, 5);
  assert.deepEqual(fm.yaml.valueAt(["date"]), { line: 3, column: 7 });
});

test("an empty block is a mapping with no fields; a file may end at the closing line", () => {
  const empty = ok("---\n---\nBody.\n");
  assert.deepEqual(empty.yaml.data, {});
  assert.equal(empty.body, "Body.\n");
  assert.equal(empty.bodyLine, 3);
  const noBody = ok("---\ntitle: x\n---");
  assert.deepEqual(noBody.yaml.data, { title: "x" });
  assert.equal(noBody.body, "");
});

test("blanks after either `---` are invisible in an editor and accepted; the body still starts after the closing line", () => {
  const fm = ok("--- \ntitle: x\ndate: 2024\n---\t \nBody line.\n");
  assert.deepEqual(fm.yaml.data, { title: "x", date: 2024 });
  assert.equal(fm.body, "Body line.\n");
  assert.equal(fm.bodyLine, 5);
});

test("the body is kept exactly as written: template syntax is text, never evaluated", () => {
  const fm = ok(
    "---\ntitle: x\n---\nOfficials said {{ 7*7 }} trucks crossed; {% if a %}b{% endif %} ${1+1} <%= 2 %>\n",
  );
  assert.equal(fm.body, "Officials said {{ 7*7 }} trucks crossed; {% if a %}b{% endif %} ${1+1} <%= 2 %>\n");
});

test("`---` inside a value that does not start a line is just text", () => {
  const fm = ok("---\ntitle: Before --- after\nsummary: |\n  ---\n  indented dashes\n---\nBody.\n");
  assert.deepEqual(fm.yaml.data, { title: "Before --- after", summary: "---\nindented dashes\n" });
});

test("frontmatter-missing: a file that does not start with `---`", async () => {
  const expected = [
    {
      line: 1,
      column: 1,
      severity: "error",
      rule: "frontmatter-missing",
      message: "the file must start with a front-matter block: a line `---`, YAML fields, and a closing `---` line",
    },
  ];
  assert.deepEqual(refused(await fixture("frontmatter-missing.md")), expected);
  assert.deepEqual(refused(""), expected);
  assert.deepEqual(refused("\n---\ntitle: x\n---\n"), expected, "a blank line before the block");
  assert.deepEqual(refused("--\ntitle: x\n--\n"), expected);
});

test("frontmatter-unterminated: no closing line", async () => {
  const expected = [
    {
      line: 1,
      column: 1,
      severity: "error",
      rule: "frontmatter-unterminated",
      message: "the front matter is never closed: add a line `---` after the last field",
    },
  ];
  assert.deepEqual(refused(await fixture("frontmatter-unterminated.md")), expected);
  assert.deepEqual(refused("---"), expected);
  assert.deepEqual(refused("---\ntitle: x\n"), expected);
});

test("frontmatter-unterminated: a line starting with `---` would end the block early; reported at that line", async () => {
  assert.deepEqual(refused(await fixture("frontmatter-unterminated-dashes.md")), [
    {
      line: 5,
      column: 1,
      severity: "error",
      rule: "frontmatter-unterminated",
      message: "a line starting with `---` inside the front matter would end it early; quote that value",
    },
  ]);
});

test("frontmatter-language: ---js, ---javascript, ---coffee and others are refused at column 4", async () => {
  for (const [file, language] of [
    ["frontmatter-language-js.md", "js"],
    ["frontmatter-language-javascript.md", "javascript"],
    ["frontmatter-language-coffee.md", "coffee"],
  ] as const) {
    assert.deepEqual(
      refused(await fixture(file)),
      [
        {
          line: 1,
          column: 4,
          severity: "error",
          rule: "frontmatter-language",
          message: `front matter must be YAML; "---${language}" is refused because it could run code`,
        },
      ],
      file,
    );
  }
  assert.equal(
    refused("---yaml\ntitle: x\n---\n")[0]!.rule,
    "frontmatter-language",
    "even a named yaml engine is another engine",
  );
  assert.equal(refused('---json\n{"title": "x"}\n---\n')[0]!.rule, "frontmatter-language");
  assert.equal(refused("--- js\ntitle: x\n---\n")[0]!.rule, "frontmatter-language");
});

test("frontmatter-language: any other name after `---` is refused, even one gray-matter has no engine for", () => {
  for (const language of ["xyz", "coffeescript", "cson", "yml", "toml", "constructor", "__proto__", "toString", "-"]) {
    assert.deepEqual(
      refused(`---${language}\ntitle: x\n---\nBody.\n`),
      [
        {
          line: 1,
          column: 4,
          severity: "error",
          rule: "frontmatter-language",
          message: `front matter must be YAML; "---${language}" is refused because it could run code`,
        },
      ],
      language,
    );
  }
  assert.match(refused("---js")[0]!.message, /"---js" is refused/, "a one-line file names the whole language");
});

test("gray-matter's cached result for the same text, read with its default engines elsewhere, is never used", () => {
  const text = "---\ntitle: Crossing closes\ndate: 2024-12-06\n---\nBody.\n";
  const cached = matter(text).data as Record<string, unknown>;
  assert.ok(cached.date instanceof Date, "gray-matter's default YAML engine turns the date into a moment in time");
  assert.deepEqual(ok(text).yaml.data, { title: "Crossing closes", date: "2024-12-06" }, "ours keeps it as written");
});

test("no code in front matter runs: the ---js fixtures would set a global and write a file, and do not", async () => {
  const g = globalThis as Record<string, unknown>;
  const marks = ["js", "javascript"].map((name) => path.join(os.tmpdir(), `dateline-frontmatter-ran-${name}`));
  for (const mark of marks) rmSync(mark, { force: true });
  delete g.__datelineFrontMatterRan;
  try {
    for (const file of ["frontmatter-language-js.md", "frontmatter-language-javascript.md"]) {
      parseFrontMatter(await fixture(file));
    }
    assert.equal(g.__datelineFrontMatterRan, undefined, "front-matter code ran and set a global");
    for (const mark of marks) assert.equal(existsSync(mark), false, `front-matter code ran and wrote ${mark}`);

    // Control: the fixture is live code. gray-matter left to its defaults evaluates it, so the checks
    // above would have caught it if parseFrontMatter handed the file to gray-matter unchecked.
    const data = matter(await fixture("frontmatter-language-js.md")).data as Record<string, unknown>;
    assert.equal(data.title, "Code in front matter");
    assert.equal(g.__datelineFrontMatterRan, "frontmatter-language-js.md");
    assert.equal(existsSync(marks[0]!), true);
  } finally {
    for (const mark of marks) rmSync(mark, { force: true });
    delete g.__datelineFrontMatterRan;
  }
});

test("frontmatter-not-mapping: a list or a single value, at the first YAML line", async () => {
  const expected = [
    {
      line: 2,
      column: 1,
      severity: "error",
      rule: "frontmatter-not-mapping",
      message: "front matter must be fields (`key: value` lines), not a list or a single value",
    },
  ];
  assert.deepEqual(refused(await fixture("frontmatter-not-mapping.md")), expected);
  assert.deepEqual(refused("---\njust a sentence\n---\n"), expected);
  assert.deepEqual(refused("---\n2024\n---\n"), expected);
});

test("YAML problems carry file line numbers: the first YAML line is line 2", async () => {
  assert.deepEqual(refused(await fixture("yaml-duplicate-key.md")), [
    {
      line: 4,
      column: 1,
      severity: "error",
      rule: "yaml-duplicate-key",
      message: "this key appears twice; keep one (the other would be silently lost)",
    },
  ]);
  assert.deepEqual(
    refused(await fixture("yaml-syntax-tab.md")).map((p) => `${p.line}:${p.column} ${p.rule}`),
    ["5:1 yaml-syntax"],
  );
  assert.deepEqual(
    refused(await fixture("yaml-syntax.md")).map((p) => `${p.line}:${p.column} ${p.rule}`),
    ["2:8 yaml-syntax"],
  );
});

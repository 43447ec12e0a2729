// Safe YAML 1.2 with positions (docs/content-format.md "Front matter": data only; "Diagnostics": positions
// at the offending key or value, syntax errors at the parser's position, every problem in one run).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseYamlData, type Problem, type YamlData } from "../src/content/yaml.ts";

function ok(text: string, firstLine = 1): YamlData {
  const r = parseYamlData(text, firstLine);
  if (!r.ok) assert.fail(`expected YAML to parse: ${JSON.stringify(r.problems)}`);
  return r.value;
}

function problems(text: string, firstLine = 1): Problem[] {
  const r = parseYamlData(text, firstLine);
  assert.equal(r.ok, false, "expected YAML to be refused");
  if (r.ok) throw new Error("unreachable");
  return r.problems;
}

/** `line:column rule` for each problem, in the order lines are read. */
function brief(list: Problem[]): string[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column).map((p) => `${p.line}:${p.column} ${p.rule}`);
}

test("YAML 1.2 core schema: yes/no/on stay text, dates stay text, 2024 is a number", () => {
  assert.deepEqual(
    ok("a: yes\nb: no\nc: on\nd: 2024-12-19\ne: 2024-12\nf: 2024\ng: 2024-12-19T14:30+03:00\nh: ~\n").data,
    {
      a: "yes",
      b: "no",
      c: "on",
      d: "2024-12-19",
      e: "2024-12",
      f: 2024,
      g: "2024-12-19T14:30+03:00",
      h: null,
    },
  );
});

test("empty or comment-only YAML is null (the caller treats it as no fields)", () => {
  assert.equal(ok("").data, null);
  assert.equal(ok("# only a comment\n").data, null);
});

test("positions of keys and values, offset by the line the YAML starts on, falling back to the parent", () => {
  const yaml = ok(
    "title: x\nsources:\n  - url: https://a.example\n    title: t\n  - https://b.example\ncounts:\n  soldiers: 2000\nempty:\n",
    2,
  );
  assert.deepEqual(yaml.keyAt(["title"]), { line: 2, column: 1 });
  assert.deepEqual(yaml.valueAt(["title"]), { line: 2, column: 8 });
  assert.deepEqual(yaml.keyAt(["sources"]), { line: 3, column: 1 });
  assert.deepEqual(yaml.valueAt(["sources", 0]), { line: 4, column: 5 });
  assert.deepEqual(yaml.keyAt(["sources", 0, "title"]), { line: 5, column: 5 });
  assert.deepEqual(yaml.valueAt(["sources", 0, "title"]), { line: 5, column: 12 });
  assert.deepEqual(yaml.valueAt(["sources", 1]), { line: 6, column: 5 });
  assert.deepEqual(yaml.keyAt(["counts", "soldiers"]), { line: 8, column: 3 });
  assert.deepEqual(yaml.valueAt(["counts", "soldiers"]), { line: 8, column: 13 });
  assert.deepEqual(yaml.keyAt(["empty"]), { line: 9, column: 1 });
  // Not written: the nearest parent that was.
  assert.deepEqual(yaml.valueAt(["sources", 7]), yaml.valueAt(["sources"]));
  assert.deepEqual(yaml.keyAt(["missing"]), { line: 2, column: 1 });
});

test("yaml-syntax: a colon in a plain title, at the parser's position", () => {
  const [p, ...rest] = problems("title: Iraq: the al-Qaim crossing closes\ndate: 2024-12-06\n", 2);
  assert.deepEqual(rest, []);
  assert.deepEqual(
    { ...p, message: undefined },
    { line: 2, column: 8, severity: "error", rule: "yaml-syntax", message: undefined },
  );
  assert.match(p!.message, /^YAML: Nested mappings are not allowed in compact mappings$/);
});

test("yaml-syntax: an unclosed quote, and the parser's own 'at line' suffix is not repeated", () => {
  // The parser notices at the end of the text (front matter reaches the YAML parser without its last newline).
  const list = problems('title: "Iraq closes the al-Qaim crossing\ndate: 2024-12-06', 2);
  assert.deepEqual(brief(list), ["3:17 yaml-syntax"]);
  assert.equal(list[0]!.message, 'YAML: Missing closing "quote');
});

test("yaml-syntax: tab indentation, once per tab-indented line, with a plain-words message", () => {
  const list = problems("title: x\ncounts:\n\tsoldiers: 1\n\tcivilians: 2\n", 2);
  assert.deepEqual(brief(list), ["4:1 yaml-syntax", "5:1 yaml-syntax"]);
  for (const p of list) assert.equal(p.message, "a tab is used for indentation; indent with spaces");
  // A tab inside a value is just a character.
  assert.deepEqual(ok("title: a\tb\n").data, { title: "a\tb" });
});

test("yaml-syntax: a list or mapping as a key", () => {
  const list = problems("[a, b]: 1\n");
  assert.deepEqual(brief(list), ["1:1 yaml-syntax"]);
  assert.equal(list[0]!.message, "a key must be plain text, not a list or mapping");
});

test("yaml-duplicate-key: at the second occurrence, saying what would be lost", () => {
  const list = problems(
    "title: Iraq closes the al-Qaim crossing\ndate: 2024-12-06\ntitle: Iraq shuts the al-Qaim crossing\n",
    2,
  );
  assert.deepEqual(brief(list), ["4:1 yaml-duplicate-key"]);
  assert.equal(list[0]!.message, "this key appears twice; keep one (the other would be silently lost)");
  assert.deepEqual(brief(problems("sources:\n  - title: a\n    title: b\n")), ["3:5 yaml-duplicate-key"]);
});

test("yaml-tag: !!js/function, !!str, !!binary, local tags and tags on collections, at the tag", () => {
  const fn = problems("title: !!js/function \"function () { globalThis.__datelineYamlRan = true; return 'x' }\"\n", 2);
  assert.deepEqual(fn, [
    {
      line: 2,
      column: 8,
      severity: "error",
      rule: "yaml-tag",
      message: "tags (!!js/function) are not allowed: front matter is plain data",
    },
  ]);
  assert.equal((globalThis as Record<string, unknown>).__datelineYamlRan, undefined);

  assert.deepEqual(problems("title: !!str 1916\n", 2), [
    {
      line: 2,
      column: 8,
      severity: "error",
      rule: "yaml-tag",
      message: "tags (!!str) are not allowed: front matter is plain data",
    },
  ]);
  assert.deepEqual(brief(problems("a: !!binary aGVsbG8=\nb: !shout x\nc: !!seq\n  - a\n")), [
    "1:4 yaml-tag",
    "2:4 yaml-tag",
    "3:4 yaml-tag",
  ]);
  assert.match(problems("b: !shout x\n")[0]!.message, /\(!shout\)/);
});

test("yaml-alias: anchors and aliases, each at its & or *", () => {
  const list = problems("title: &headline Iraq closes the al-Qaim crossing\nsummary: *headline\n", 2);
  assert.deepEqual(list, [
    {
      line: 2,
      column: 8,
      severity: "error",
      rule: "yaml-alias",
      message: "anchors (&headline) are not allowed; write each value out in full",
    },
    {
      line: 3,
      column: 10,
      severity: "error",
      rule: "yaml-alias",
      message: "aliases (*headline) are not allowed; write the value out in full",
    },
  ]);
});

test("yaml-merge: a merge key, and with an alias every part is reported", () => {
  assert.deepEqual(problems("title: x\n<<: {circa: true}\n", 2), [
    {
      line: 3,
      column: 1,
      severity: "error",
      rule: "yaml-merge",
      message: "merge keys (<<) are not allowed; write each key out in full",
    },
  ]);
  assert.deepEqual(brief(problems("base: &b {circa: true}\nevent:\n  <<: *b\n")), [
    "1:7 yaml-alias",
    "3:3 yaml-merge",
    "3:7 yaml-alias",
  ]);
});

test("yaml-proto: __proto__ anywhere, quoted or not, is refused and Object.prototype stays clean", () => {
  const cases = [
    ["__proto__:\n  polluted: yes\n", "1:1 yaml-proto"],
    ['"__proto__": {polluted: yes}\n', "1:1 yaml-proto"],
    ["sources:\n  - title: t\n    __proto__: {polluted: yes}\n", "3:5 yaml-proto"],
    ["a: {__proto__: {polluted: yes}}\n", "1:5 yaml-proto"],
  ] as const;
  for (const [text, expected] of cases) {
    const list = problems(text);
    assert.deepEqual(brief(list), [expected], text);
    assert.equal(list[0]!.message, "the key __proto__ is not allowed");
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), false);
});

test("`constructor: prototype:` is plain data: own keys, no pollution", () => {
  const data = ok("constructor:\n  prototype:\n    polluted: 1\n").data as Record<string, unknown>;
  assert.deepEqual(Object.keys(data), ["constructor"]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test("every problem of a text is reported in one run, not just the first", () => {
  const list = problems("title: !!str x\ntitle: y\n__proto__: 1\n<<: {a: 1}\nx: &a 1\ny: *a\n", 2);
  assert.deepEqual(brief(list), [
    "2:8 yaml-tag",
    "3:1 yaml-duplicate-key",
    "4:1 yaml-proto",
    "5:1 yaml-merge",
    "6:4 yaml-alias",
    "7:4 yaml-alias",
  ]);
});

test("a second YAML document inside front matter is a syntax error", () => {
  assert.deepEqual(brief(problems("a: 1\n---\nb: 2\n")), ["2:1 yaml-syntax"]);
});

test("the fast path reads every fixture, sample and generated file exactly as the exact parser does", async () => {
  const { readFile, readdir } = await import("node:fs/promises");
  const path = await import("node:path");
  const { generateArchive } = await import("../src/bench/generate.ts");
  const root = path.resolve(import.meta.dirname, "..");
  const texts: string[] = [];
  for (const dir of ["test/fixtures", "content"]) {
    for (const file of await readdir(path.join(root, dir), { recursive: true })) {
      if (!file.endsWith(".md") && !file.endsWith(".yml")) continue;
      const text = await readFile(path.join(root, dir, file), "utf8");
      texts.push(file.endsWith(".yml") ? text : (/^---\r?\n([\s\S]*?)^---/m.exec(text)?.[1] ?? ""));
    }
  }
  for (const file of generateArchive({ events: 300, seed: 7 }).files)
    texts.push(/^---\n([\s\S]*?)^---/m.exec(file.text)?.[1] ?? "");
  assert.ok(texts.length > 400, `${texts.length} texts`);
  const edge = [
    "a: 1_000\nb: 0o17\nc: 017\nd: +12\ne: .5\nf: 1e3\ng: True\nh: yes\ni: 0x1F\nj: -.inf\nk: .NaN\nl: ~\nm: 12:30\nn: 2024-12-19T14:30+03:00",
    "a: 'it''s'\nb: \"\\u00e9\\t\"\nc: |\n  x\n  y\nd: >-\n  p\n  q\n",
    "a: [x, {b: c}]\n",
  ];
  let fast = 0;
  for (const text of [...texts, ...edge]) {
    const quick = parseYamlData(text, 2);
    const exact = parseYamlData(text, 2, { exact: true });
    assert.equal(quick.ok, exact.ok, text);
    if (quick.ok && exact.ok) {
      assert.deepEqual(quick.value.data, exact.value.data, text);
      assert.deepEqual(quick.value.valueAt(["title"]), exact.value.valueAt(["title"]));
      fast++;
    } else if (!quick.ok && !exact.ok) assert.deepEqual(quick.problems, exact.problems);
  }
  assert.ok(fast > 400);
});

test("found by fuzzing: after a syntax error each problem is placed on the line its token is on", () => {
  // The parser's own line counter had placed "within" at 4:4, past the end of the blank line 4.
  const text = "name: [[x]]]\nid: |\n  \nwithin: al-Qaim\n";
  const lines = text.split("\n");
  const found = problems(text, 1);
  assert.ok(
    found.some((p) => p.line === 4 && p.column === 1 && p.message.includes('"within"')),
    JSON.stringify(found),
  );
  for (const p of found) {
    assert.ok(p.column <= (lines[p.line - 1] ?? "").length + 1, `${p.line}:${p.column} ${p.message}`);
  }
});

test('found by fuzzing: a key written as "" has a position of its own, apart from the document\'s', () => {
  const yaml = parseYamlData('title: x\n"": y\n', 2, { exact: true });
  if (!yaml.ok) assert.fail(JSON.stringify(yaml.problems));
  assert.deepEqual(yaml.value.keyAt([""]), { line: 3, column: 1 });
  assert.deepEqual(yaml.value.valueAt([]), { line: 2, column: 1 });
  assert.deepEqual(yaml.value.keyAt(["missing"]), { line: 2, column: 1 }, "unwritten keys fall back to the document");
});

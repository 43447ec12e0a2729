// The links markdown-it refuses while it parses a body are listed where they were written, once each,
// from the same parse that leaves them out of the page; text that only looks like a link is not.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { readBody } from "../src/markup/markdown.ts";

/** `line:column destination` (1-based line of the body) of every refused link. */
function refused(body: string): string[] {
  return readBody(body).refusedLinks.map((link) => `${link.line + 1}:${link.column} ${link.written}`);
}

test("inline links, autolinks, images and reference definitions, at the destination's first character", () => {
  assert.deepEqual(refused("See [the post](javascript:alert(1)) and <javascript:alert(2)>."), [
    "1:16 javascript:alert(1)",
    "1:42 javascript:alert(2)",
  ]);
  assert.deepEqual(refused("![map](data:text/html,x)"), ["1:8 data:text/html,x"]);
  assert.deepEqual(refused("[map]: javascript:alert(3)\n\n[the map][map]"), ["1:8 javascript:alert(3)"]);
  assert.deepEqual(refused("[map]:\n   javascript:alert(4) 'title'"), ["2:4 javascript:alert(4)"], "over two lines");
  assert.deepEqual(refused("[x](<java script:alert(5)>) [y]: x\n\n[z]: <vbscript:x>"), [
    "1:6 java script:alert(5)",
    "3:7 vbscript:x",
  ]);
});

test("positions inside lists, quotes, headings, tables and later lines of a paragraph", () => {
  assert.deepEqual(refused("- item [x](javascript:a)\n\n> quote [x](javascript:b)\n\n> - [x](javascript:c)"), [
    "1:12 javascript:a",
    "3:13 javascript:b",
    "5:9 javascript:c",
  ]);
  assert.deepEqual(refused("First line\n  and [x](javascript:d)"), ["2:11 javascript:d"]);
  const headings = "## Title [x](javascript:e) ##\n\nSetext\n[x](javascript:f)\n---";
  assert.deepEqual(refused(headings), ["1:14 javascript:e", "4:5 javascript:f"]);
  const table = "| a | b |\n|---|---|\n| [x](javascript:t) | [y](javascript:u) |";
  assert.deepEqual(refused(table), ["3:7 javascript:t", "3:27 javascript:u"]);
  assert.deepEqual(refused("-\t[x](javascript:tab)"), ["1:7 javascript:tab"]);
});

test("entities are decoded as the renderer decodes them (&colon; is a colon); the link is quoted as written", () => {
  const body = "[x](javascript&colon;alert(1)) [y](&#106;avascript:alert(2))";
  assert.deepEqual(refused(body), ["1:5 javascript&colon;alert(1)", "1:36 &#106;avascript:alert(2)"]);
  assert.ok(!readBody(body).html.includes("href"), "and neither is a link on the page");
});

test("a character reference that names no character is refused, and the page does not link it either", () => {
  const body = "[a](&#99999999;) [b](&#0;) [c](x&#xD800;y) [d](&#65;)";
  assert.deepEqual(
    readBody(body).refusedLinks.map((link) => [link.column, link.written, link.refusal]),
    [
      [5, "&#99999999;", { kind: "no-character", reference: "&#99999999;" }],
      [22, "&#0;", { kind: "no-character", reference: "&#0;" }],
      [32, "x&#xD800;y", { kind: "no-character", reference: "&#xD800;" }],
    ],
  );
  assert.deepEqual(
    [...readBody(body).html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
    ["A"],
  );
});

test("each link once: a link inside a link's text or an image's alt text is looked at twice but listed once", () => {
  assert.deepEqual(refused("[a [x](javascript:h) b](https://example.org)"), ["1:8 javascript:h"]);
  assert.deepEqual(refused("![see [x](javascript:g)](/a.png)"), ["1:11 javascript:g"]);
  assert.deepEqual(refused("[a](javascript:1) and [b](javascript:1)"), ["1:5 javascript:1", "1:27 javascript:1"]);
});

test("not listed: code, bare text that linkify leaves as text, and allowed links", () => {
  const code = "`[x](javascript:a)`\n\n```\n[x](javascript:b)\n<javascript:c>\n```\n\n    [x](javascript:d)";
  assert.deepEqual(refused(code), []);
  const bare = "Files were at ftp://example.org/file and in <ftp://example.org/x>.";
  assert.deepEqual(refused(bare), ["1:46 ftp://example.org/x"], "only the autolink: the bare URL stays as written");
  assert.ok(readBody(bare).html.includes("ftp://example.org/file"));
  const allowed = "[a](https://example.org) [b](/events/x/) [c](#notes) <desk@example.org> <mailto:a@b.org> x.org";
  assert.deepEqual(refused(allowed), []);
});

test("found by fuzzing: positions where block parsing changed the text, and one line per destination", () => {
  // A backslash escapes the line end, so the destination runs on to the next line: quoted up to it.
  assert.deepEqual(refused("[x](\\\n[r]:\n "), ["1:5 \\…"]);
  // `\|` in a table cell is read as `|`, and a tab before a lazy line is widened to spaces.
  assert.deepEqual(refused("<javascript:x>\\| a | b |\n|---|---|\n| "), ["1:2 javascript:x"]);
  assert.deepEqual(refused("\n- ![```\n\t![![x](javascript:y)](z)"), ["3:9 javascript:y"]);
  // markdown-it reads a lone CR as a line end.
  assert.deepEqual(refused("\r[x]([r]: "), ["2:5 [r]:"]);
});

test("any body: each refused link is reported once, on one line, where its destination is written", () => {
  const pieces = [
    "[x](",
    ")",
    "![",
    "](",
    "<",
    ">",
    "[r]: ",
    "[r]",
    "\n[r]:\n ",
    "javascript:",
    "https://a.org/",
    "ftp://",
    "`",
    "```\n",
    "\n    ",
    "\n> ",
    "\n- ",
    "\n  - ",
    "\t- ",
    "\n# ",
    "\n===\n",
    "| a | b |\n|---|---|\n| ",
    " |",
    "\\",
    "\n\n",
    "\t",
    "\u0000",
    "\u3000",
    "\r",
    "&#99999999;",
    "&#0;",
    "&colon;",
    "(",
    "[",
    "]",
    "\ud800",
    "<a@b.c>",
    "![![x](javascript:y)](z)",
    "[![a](javascript:b)](https://c)",
    "[x](<javascript:y>)",
    "\n> - > ",
  ];
  const body = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 })
    .map((parts) => parts.join(""));
  fc.assert(
    fc.property(body, (src) => {
      const lines = src.replace(/\0/g, "\uFFFD").split(/\r\n?|\n/);
      const keys = new Set<string>();
      for (const link of readBody(src).refusedLinks) {
        const line = lines[link.line] ?? "";
        assert.ok(!link.written.includes("\n"), JSON.stringify(link));
        const written = link.written.replace(/…$/, "");
        assert.ok(line.startsWith(written, link.column - 1), `${JSON.stringify(link)} on ${line}`);
        keys.add(`${link.line}:${link.column}`);
      }
      assert.equal(keys.size, readBody(src).refusedLinks.length, "once each");
    }),
    { numRuns: 3000 },
  );
});

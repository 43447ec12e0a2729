// The report format editors and CI read (docs/content-format.md "Diagnostics").
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  formatGithubAnnotation,
  formatDiagnostic,
  hasErrors,
  printDiagnostics,
  sortDiagnostics,
  summarize,
  type Diagnostic,
} from "../src/diagnostics.ts";

const dateError: Diagnostic = {
  file: "content/events/2024/al-qaim.md",
  line: 3,
  column: 7,
  severity: "error",
  rule: "date-invalid",
  message: "date: 2024-02-30 is not a calendar date",
};
const implicitWarning: Diagnostic = {
  file: "content/events/2024/al-qaim.md",
  line: 5,
  column: 1,
  severity: "warning",
  rule: "entity-implicit",
  message: 'actors: "Iraqi Border Guard" matches no actor; did you mean "Iraqi Border Guards"?',
};

test("text format is exactly the contract's example: file:line:col: severity: message [rule], then the summary", () => {
  assert.equal(
    printDiagnostics([implicitWarning, dateError]),
    [
      "content/events/2024/al-qaim.md:3:7: error: date: 2024-02-30 is not a calendar date [date-invalid]",
      'content/events/2024/al-qaim.md:5:1: warning: actors: "Iraqi Border Guard" matches no actor; did you mean "Iraqi Border Guards"? [entity-implicit]',
      "2 problems (1 error, 1 warning) in 1 file",
    ].join("\n"),
  );
});

test("one diagnostic line", () => {
  assert.equal(
    formatDiagnostic(dateError),
    "content/events/2024/al-qaim.md:3:7: error: date: 2024-02-30 is not a calendar date [date-invalid]",
  );
});

test("summary line counts problems, errors, warnings and files, singular and plural", () => {
  assert.equal(summarize([dateError]), "1 problem (1 error, 0 warnings) in 1 file");
  assert.equal(summarize([implicitWarning]), "1 problem (0 errors, 1 warning) in 1 file");
  const other = { ...dateError, file: "content/places/anbar.md" };
  assert.equal(summarize([dateError, other, implicitWarning]), "3 problems (2 errors, 1 warning) in 2 files");
  assert.equal(summarize([]), "0 problems (0 errors, 0 warnings) in 0 files");
});

test("no problems prints one reassuring line; JSON prints an empty array", () => {
  assert.equal(printDiagnostics([]), "No problems found.");
  assert.deepEqual(JSON.parse(printDiagnostics([], "json")), []);
});

test("JSON format: an array of {file, line, column, severity, rule, message}, sorted, nothing else", () => {
  const extra = { ...implicitWarning, hint: "internal" } as Diagnostic;
  const parsed = JSON.parse(printDiagnostics([extra, dateError], "json")) as Record<string, unknown>[];
  assert.equal(parsed.length, 2);
  for (const item of parsed)
    assert.deepEqual(Object.keys(item), ["file", "line", "column", "severity", "rule", "message"]);
  assert.deepEqual(parsed[0], { ...dateError });
  assert.deepEqual(parsed[1], { ...implicitWarning });
});

test("sorted by file, then line, then column, whatever order they were found in", () => {
  const d = (file: string, line: number, column: number, rule = "field-type"): Diagnostic => ({
    file,
    line,
    column,
    severity: "error",
    rule,
    message: "m",
  });
  const found = [
    d("content/places/iraq.md", 1, 1),
    d("content/events/b.md", 10, 1),
    d("content/events/b.md", 2, 9),
    d("content/events/a.md", 7, 3),
    d("content/events/b.md", 2, 3),
    d("content/events/2024/z.md", 40, 1),
  ];
  assert.deepEqual(
    sortDiagnostics(found).map((x) => `${x.file}:${x.line}:${x.column}`),
    [
      "content/events/2024/z.md:40:1",
      "content/events/a.md:7:3",
      "content/events/b.md:2:3",
      "content/events/b.md:2:9",
      "content/events/b.md:10:1",
      "content/places/iraq.md:1:1",
    ],
  );
  // Line 10 after line 2: numeric, not text, order.
  const lines = printDiagnostics(found).split("\n");
  assert.match(lines[3]!, /^content\/events\/b\.md:2:9: /);
  assert.match(lines[4]!, /^content\/events\/b\.md:10:1: /);
  // Sorting does not change the caller's list.
  assert.equal(found[0]!.file, "content/places/iraq.md");
});

test("hasErrors: warnings alone do not fail a check", () => {
  assert.equal(hasErrors([implicitWarning]), false);
  assert.equal(hasErrors([implicitWarning, dateError]), true);
  assert.equal(hasErrors([]), false);
});

test("a message quoting a line break stays on one line, the break shown as \\n", () => {
  const key = { ...dateError, rule: "key-unknown", message: 'unknown key "a\nb\r\nc"' };
  const line = formatDiagnostic(key);
  assert.equal(line.split("\n").length, 1);
  assert.match(line, /unknown key "a\\nb\\r\\nc" \[key-unknown\]$/);
});

test("GitHub annotations escape what would end a property or the command, as the Actions toolkit does", () => {
  const annotation = formatGithubAnnotation({
    file: "content/events/2024/a,b:c.md",
    line: 3,
    column: 7,
    severity: "warning",
    rule: "source-missing",
    message: 'title: "50% done, 2:1"\nnext line',
  });
  assert.equal(
    annotation,
    "::warning file=content/events/2024/a%2Cb%3Ac.md,line=3,col=7,title=source-missing::" +
      'title: "50%25 done, 2:1"%0Anext line',
  );
});

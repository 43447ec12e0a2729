// One diagnostic type and one printer for every content problem (docs/content-format.md "Diagnostics").
// Diagnostics are data, collected and never thrown one at a time, so a run reports every problem.
import path from "node:path";
import { pluralForm, type PluralForms } from "./markup/plural.ts";

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line of the offending key or value. */
  line: number;
  /** 1-based column of the offending key or value. */
  column: number;
  severity: Severity;
  /** Stable rule id, for example `date-invalid`. */
  rule: string;
  message: string;
}

/** One line per problem, a JSON array, or GitHub Actions annotations (shown on the line in a pull request). */
export type OutputFormat = "text" | "json" | "github";

/** Sorted by file, then line, then column, then rule: the order editors read them in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${oneLine(d.message)} [${d.rule}]`;
}

/**
 * A GitHub Actions workflow command that puts the problem on its line of the pull request:
 * `::error file=…,line=…,col=…,title=<rule>::<message>`. Values are escaped as the Actions toolkit
 * does, so a message with a colon, a comma or a line break stays one annotation.
 */
export function formatGithubAnnotation(d: Diagnostic): string {
  const property = (value: string) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const where = `file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}`;
  return `::${d.severity} ${where}::${escapeData(d.message)}`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The closing summary line: `2 problems (1 error, 1 warning) in 1 file`. */
export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === "error").length;
  const warnings = list.length - errors;
  const files = new Set(list.map((d) => d.file)).size;
  return (
    `${countText(list.length, { one: "problem", other: "problems" })} ` +
    `(${countText(errors, { one: "error", other: "errors" })}, ` +
    `${countText(warnings, { one: "warning", other: "warnings" })}) ` +
    `in ${countText(files, { one: "file", other: "files" })}`
  );
}

/**
 * One problem, one line: a message quoting a key or value that holds a line break (a quoted YAML key
 * `"a\nb"`) shows the break as `\n`, so editors and tools reading line by line see every problem whole.
 */
function oneLine(message: string): string {
  return message.replace(/\r\n|[\n\r\u2028\u2029]/g, (br) => JSON.stringify(br).slice(1, -1));
}

/** `1 file`, `2 files`: a count in the text of messages and command output, which are English. */
export function countText(count: number, forms: PluralForms): string {
  return `${count.toLocaleString("en-US")} ${pluralForm(count, forms, "en")}`;
}

/**
 * The whole report: one line per problem and the summary, a JSON array, or one annotation per problem
 * and the summary (which the Actions log shows as a plain line).
 */
export function printDiagnostics(list: readonly Diagnostic[], format: OutputFormat = "text"): string {
  const sorted = sortDiagnostics(list);
  if (format === "json") {
    return JSON.stringify(
      sorted.map(({ file, line, column, severity, rule, message }) => ({
        file,
        line,
        column,
        severity,
        rule,
        message,
      })),
      null,
      2,
    );
  }
  if (sorted.length === 0) return "No problems found.";
  const line = format === "github" ? formatGithubAnnotation : formatDiagnostic;
  return [...sorted.map(line), summarize(sorted)].join("\n");
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error");
}

/** The path the file will have once published, relative to the working directory. */
export function shownPath(outputDir: string, relative: string): string {
  const shown = path.relative(process.cwd(), path.resolve(outputDir, relative));
  return shown.split(path.sep).join("/");
}

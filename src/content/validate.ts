// Validation of parsed front matter against a kind's schema: unknown keys (with the closest known
// key), and zod issues rewritten for editors, each at the position of the key or value concerned.
import type { z } from "zod";
import { closest } from "../similar.ts";
import type { Problem, YamlData } from "./yaml.ts";

export type Validated<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validates `yaml.data` with `schema`; `knownKeys` lists the keys of the top-level mapping, `nested` the
 * keys of a field that is a mapping or a list of them (site.yml's `cms`, `editions`). Keys in
 * `reportedElsewhere` are the caller's to report (a translation's `date:`), never as unknown.
 */
export function validateFields<S extends z.ZodType>(
  schema: S,
  yaml: YamlData,
  knownKeys: readonly string[],
  nested: Record<string, readonly string[]> = {},
  reportedElsewhere: readonly string[] = [],
): Validated<z.output<S>> {
  const problems: Problem[] = [...unknownKeys(yaml, [], knownKeys, reportedElsewhere)];
  const data = yaml.data as Record<string, unknown>;
  for (const [field, keys] of Object.entries(nested)) {
    const value = data[field];
    if (Array.isArray(value)) value.forEach((_, index) => problems.push(...unknownKeys(yaml, [field, index], keys)));
    else problems.push(...unknownKeys(yaml, [field], keys));
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...toProblems(issue, yaml));
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, value: result.data, problems };
}

function unknownKeys(
  yaml: YamlData,
  path: PropertyKey[],
  known: readonly string[],
  skipped: readonly string[] = [],
): Problem[] {
  const value = path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], yaml.data);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.includes(key) && !skipped.includes(key))
    .map((key) => {
      const guess = closest(key, known);
      const where = path.length > 0 ? `${fieldLabel(path)}: ` : "";
      return {
        ...yaml.keyAt([...path, key]),
        severity: "error",
        rule: "key-unknown",
        message:
          `${where}unknown field "${key}"` +
          (guess ? `; did you mean "${guess}"?` : `; known fields are ${known.join(", ")}`),
      };
    });
}

type Issue = z.core.$ZodIssue;

/** A union's issue becomes every issue of the branch that fits the value (a mapping's every bad field). */
function toProblems(issue: Issue, yaml: YamlData): Problem[] {
  const branch = issue.code === "invalid_union" ? pickBranch(issue) : undefined;
  return branch ? branch.map((specific) => toProblem(issue, specific, yaml)) : [toProblem(issue, issue, yaml)];
}

function toProblem(issue: Issue, specific: Issue, yaml: YamlData): Problem {
  const path = [...issue.path, ...(specific === issue ? [] : specific.path)];
  const field = path.filter((part) => typeof part !== "number").join(".") || "front matter";
  const label = fieldLabel(path) || field;
  const actual = path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], yaml.data);
  // YAML never yields undefined, so a value that is undefined was not written at all: whichever check
  // failed (a type, or a date field's own parser), the editor's problem is the missing field.
  const missing = actual === undefined;
  // `title:` with nothing after it is YAML null: an empty field, as `title: ""` is.
  const empty = actual === null && (specific.code === "invalid_type" || specific.code === "invalid_union");
  const position = missing ? yaml.keyAt(path) : yaml.valueAt(path);
  const at = missing && path.length === 1 ? { line: 1, column: 1 } : position;
  const custom = specific.code === "custom" ? (specific.params as { rule?: string } | undefined)?.rule : undefined;
  return {
    ...at,
    severity: "error",
    rule: missing ? "field-required" : empty ? "field-empty" : (custom ?? "field-type"),
    message: `${label}: ${missing ? "is required" : empty ? "must not be empty" : custom ? specific.message : expected(specific, actual)}`,
  };
}

/** `sources[1].url`: how messages name a field, list items counted from 1 as editors count them. */
function fieldLabel(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part + 1}]` : i === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** The issues of the union's branch that fits the value's shape (a URL string vs a source mapping), if one does. */
function pickBranch(issue: Extract<Issue, { code: "invalid_union" }>): Issue[] | undefined {
  const branches = issue.errors.filter((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0));
  return branches.length === 1 && branches[0]!.length > 0 ? branches[0] : undefined;
}

function expected(issue: Issue, actual: unknown): string {
  const wanted =
    issue.code === "invalid_type"
      ? ({ string: "text", number: "a number", boolean: "true or false", array: "a list", object: "fields (key: value)", record: "fields (label: number)", tuple: "a list" } as Record<string, string>)[issue.expected] ?? issue.expected
      : issue.code === "invalid_union"
        ? "text or a list"
        : undefined;
  if (issue.code === "too_small") return `must be at least ${String(issue.minimum)}, got ${describe(actual)}`;
  if (issue.code === "too_big") return `must be at most ${String(issue.maximum)}, got ${describe(actual)}`;
  if (!wanted) return issue.message;
  const hint = wanted === "text" && (typeof actual === "number" || typeof actual === "boolean") ? `; put it in quotes to keep it as written` : "";
  const numberHint = wanted === "a number" && typeof actual === "string" ? `; write digits only, for example 2000` : "";
  return `expected ${wanted}, got ${describe(actual)}${hint}${numberHint}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "fields";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}

// Splitting a content file into YAML front matter and Markdown body. gray-matter makes the one split, with
// our safe YAML engine (src/content/yaml.ts) as the only engine it can reach: a language named after the
// opening `---` (`---js`, `---coffee`, any `---xyz`) is refused from gray-matter's own language detection
// before the file is handed over, and gray-matter's engines that run code are replaced by ones that refuse.
import matter from "gray-matter";
import { parseYamlData, type Problem, type YamlData, type YamlResult } from "./yaml.ts";

export interface FrontMatter {
  yaml: YamlData;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: Problem[] };

const DELIMITER = "---";
/** What gray-matter looks for to end the block: the first line that starts with the delimiter. */
const CLOSING = `\n${DELIMITER}`;
// Trailing blanks after either `---` are invisible in an editor, so they are allowed.
const BLANK = /^[ \t]*$/;
const CLOSING_LINE = /^---[ \t]*$/m;

/** Our engine's answer, problems included, kept as gray-matter's `data` so the split is judged first. */
class ParsedYaml {
  constructor(readonly result: YamlResult) {}
}

/** The YAML lines of gray-matter's block, which starts with the (blank) rest of the opening line. */
function yamlLines(block: string): string {
  const firstBreak = block.indexOf("\n");
  return firstBreak === -1 ? "" : block.slice(firstBreak + 1);
}

function readYaml(block: string): ParsedYaml {
  return new ParsedYaml(parseYamlData(yamlLines(block), 2));
}

function refuseToRun(language: string): () => never {
  return () => {
    throw new Error(`front matter in ${language} is never run`);
  };
}

/**
 * Always passed: gray-matter caches results by text alone, but only for calls without options, so a
 * result cached by another caller (with gray-matter's default engines) never comes back here. gray-matter
 * merges these over its defaults; `javascript` (also `js`) would otherwise be its `eval` engine.
 */
const OPTIONS = {
  language: "yaml",
  engines: {
    yaml: readYaml,
    javascript: refuseToRun("JavaScript"),
    coffee: refuseToRun("CoffeeScript"),
    json: refuseToRun("JSON"),
  },
  excerpt: false,
};

function refuse(line: number, column: number, rule: string, message: string): FrontMatterResult {
  return { ok: false, problems: [{ line, column, severity: "error", rule, message }] };
}

function unterminated(): FrontMatterResult {
  const message = "the front matter is never closed: add a line `---` after the last field";
  return refuse(1, 1, "frontmatter-unterminated", message);
}

/** `text` is already decoded, BOM-free and LF-only (see files.ts). */
export function parseFrontMatter(text: string): FrontMatterResult {
  if (!matter.test(text)) {
    return refuse(1, 1, "frontmatter-missing", "the file must start with a front-matter block: a line `---`, YAML fields, and a closing `---` line");
  }
  // gray-matter reads the language up to the first line end; with none, it would drop the last character.
  const language = matter.language(text.includes("\n") ? text : `${text}\n`).name;
  if (language !== "") {
    return refuse(1, 4, "frontmatter-language", `front matter must be YAML; "---${language}" is refused because it could run code`);
  }
  const file = matter(text, OPTIONS);
  if (file.language !== "yaml") throw new Error(`gray-matter chose the engine "${file.language}" for no language`);

  // The block runs from the opening delimiter to gray-matter's closing line, or to the end of the text.
  const closeAt = DELIMITER.length + file.matter.length;
  if (!text.startsWith(CLOSING, closeAt)) return unterminated();
  const lineEnd = text.indexOf("\n", closeAt + 1);
  const closingTail = text.slice(closeAt + CLOSING.length, lineEnd === -1 ? text.length : lineEnd);
  const closingLine = countNewlines(text, closeAt + 1) + 1;
  if (!BLANK.test(closingTail)) {
    // gray-matter ends the block at the first line that merely starts with `---`; we end it at `---` alone.
    if (!CLOSING_LINE.test(text.slice(closeAt + 1))) return unterminated();
    const message = "a line starting with `---` inside the front matter would end it early; quote that value";
    return refuse(closingLine, 1, "frontmatter-unterminated", message);
  }
  // gray-matter skips the engine for a block of blanks and comments; that is front matter with no fields.
  const parsed = (file.data instanceof ParsedYaml ? file.data : readYaml(file.matter)).result;
  if (!parsed.ok) return parsed;

  const data = parsed.value.data ?? {}; // an empty block is a mapping with no fields
  if (typeof data !== "object" || Array.isArray(data)) {
    const where = parsed.value.valueAt([]);
    return refuse(where.line, where.column, "frontmatter-not-mapping", "front matter must be fields (`key: value` lines), not a list or a single value");
  }
  // gray-matter drops the line end after `---` only when nothing stands between them.
  const body = closingTail === "" ? file.content : file.content.slice(closingTail.length).replace(/^\n/, "");
  return { ok: true, value: { yaml: parsed.value.withData(data), body, bodyLine: closingLine + 1 } };
}

/** Line ends in `text` before `end`. */
function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

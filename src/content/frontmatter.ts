// Splitting a content file into YAML front matter and Markdown body. gray-matter does the split with our
// safe YAML engine as its only engine; the opening and closing lines are checked first, so another
// front-matter language (`---js`) is refused before gray-matter could pick an engine that runs code.
import matter from "gray-matter";
import { parseYamlData, type Problem, type YamlData } from "./yaml.ts";

export interface FrontMatter {
  yaml: YamlData;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: Problem[] };

const OPEN = /^---([^\n]*)(?:\n|$)/;
// Trailing blanks after either `---` are invisible in an editor, so they are allowed.
const CLOSE = /^---[ \t]*$/m;

function refuse(line: number, column: number, rule: string, message: string): FrontMatterResult {
  return { ok: false, problems: [{ line, column, severity: "error", rule, message }] };
}

/** `text` is already decoded, BOM-free and LF-only (see files.ts). */
export function parseFrontMatter(text: string): FrontMatterResult {
  const open = OPEN.exec(text);
  if (!open) {
    return refuse(1, 1, "frontmatter-missing", "the file must start with a front-matter block: a line `---`, YAML fields, and a closing `---` line");
  }
  const language = (open[1] ?? "").trim();
  if (language !== "") {
    return refuse(1, 4, "frontmatter-language", `front matter must be YAML; "---${language}" is refused because it could run code`);
  }
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return refuse(1, 1, "frontmatter-unterminated", "the front matter is never closed: add a line `---` after the last field");
  }
  const yamlText = rest.slice(0, close.index);
  const closingLine = 1 + countLines(yamlText) + 1;

  // gray-matter sees both delimiters without trailing blanks, so it ends the block where we do and the
  // body starts on the line after the closing `---`.
  const exact = `---\n${yamlText}---${rest.slice(close.index + close[0].length)}`;
  let parsed: ReturnType<typeof parseYamlData> | undefined;
  const file = matter(exact, {
    language: "yaml",
    engines: {
      yaml: { parse: (source: string) => ((parsed = parseYamlData(source.replace(/^\n/, ""), 2)), {}) },
    },
  });
  // gray-matter skips the engine for an empty block; that is front matter with no fields.
  parsed ??= parseYamlData(yamlText, 2);
  if (file.matter.replace(/^\n/, "") !== yamlText.replace(/\n$/, "")) {
    // gray-matter ends the block at the first line that merely starts with `---`; we end it at `---` alone.
    const early = yamlText.slice(0, Math.max(0, yamlText.search(/^---/m)));
    return refuse(2 + countNewlines(early), 1, "frontmatter-unterminated", "a line starting with `---` inside the front matter would end it early; quote that value");
  }
  if (!parsed.ok) return parsed;

  const data = parsed.value.data ?? {}; // an empty block is a mapping with no fields
  if (typeof data !== "object" || Array.isArray(data)) {
    const where = parsed.value.valueAt([]);
    return refuse(where.line, where.column, "frontmatter-not-mapping", "front matter must be fields (`key: value` lines), not a list or a single value");
  }
  return { ok: true, value: { yaml: parsed.value.withData(data), body: file.content, bodyLine: closingLine + 1 } };
}

function countLines(text: string): number {
  if (text === "") return 0;
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n - 1 : n;
}

function countNewlines(text: string): number {
  return text.split("\n").length - 1;
}

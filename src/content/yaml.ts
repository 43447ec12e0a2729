// Safe YAML 1.2 data: the `yaml` package in its core schema, with everything that is more than data
// refused (tags, anchors, aliases, merge keys, `__proto__`), and a position for every key and value.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Node as YamlNode } from "yaml";
import jsYaml from "js-yaml";
import type { Diagnostic } from "../diagnostics.ts";
import type { Origin } from "../model/types.ts";

export type Problem = Omit<Diagnostic, "file">;

export interface Position {
  line: number;
  column: number;
}

interface Located {
  key?: Position;
  value: Position;
}

/** The YAML text and the line of its file it starts on: enough to find any position again. */
interface Source {
  text: string;
  firstLine: number;
}

/**
 * Parsed data with the position of every key and value. Positions of text read on the fast path are
 * found only when first asked for (a file without problems never needs them). Plain fields only, so it
 * survives the copy from a parsing worker thread (src/content/parse-files.ts), where `revive` gives it
 * its methods back.
 */
export class YamlData {
  constructor(
    readonly data: unknown,
    private readonly source: Source,
    /** By path (see pathKey); undefined until needed when the text was read on the fast path. */
    private positions?: Map<string, Located>,
  ) {}

  static revive(copy: YamlData): YamlData {
    return new YamlData(copy.data, copy.source, copy.positions);
  }

  /** The same positions over other data (defaults filled in, for example). */
  withData(data: unknown): YamlData {
    return new YamlData(data, this.source, this.positions);
  }

  /** Position of the value at a path such as `["sources", 0, "url"]`; falls back to the nearest parent. */
  valueAt(path: readonly PropertyKey[]): Position {
    return this.lookup(path).value;
  }

  /** Position of the key at a path; falls back to the value's position. */
  keyAt(path: readonly PropertyKey[]): Position {
    const found = this.lookup(path);
    return found.key ?? found.value;
  }

  private lookup(path: readonly PropertyKey[]): Located {
    const positions = (this.positions ??= readExactly(this.source).positions);
    for (let n = path.length; n >= 0; n--) {
      const found = positions.get(pathKey(path.slice(0, n)));
      if (found) return found;
    }
    const start = { line: this.source.firstLine, column: 1 };
    return { key: start, value: start };
  }
}

/**
 * Where the value at `path` was written, worked out only when a message reads it. References are
 * resolved with their origin in hand, but few ever need it, and the first position asked of a file read
 * on the fast path costs an exact parse of its YAML. A class, not an object of closures: one is made per
 * reference on every load. Its line and column are getters on the prototype, so copy them by name
 * (`{ file, line, column }`), never with a spread.
 */
export class LazyOrigin implements Origin {
  private found?: Position;

  constructor(
    readonly file: string,
    private readonly yaml: YamlData,
    private readonly path: readonly PropertyKey[],
  ) {}

  get line(): number {
    return (this.found ??= this.yaml.valueAt(this.path)).line;
  }

  get column(): number {
    return (this.found ??= this.yaml.valueAt(this.path)).column;
  }
}

export type YamlResult = { ok: true; value: YamlData } | { ok: false; problems: Problem[] };

/**
 * Plain front matter (no anchors, aliases, tags, merge keys, directives, complex keys or tabs) is read
 * with js-yaml in its YAML 1.2 core schema, several times faster than the exact parser and giving the
 * same data (test/yaml.test.ts compares the two over every fixture). Text that might hold any of those,
 * and anything js-yaml refuses (duplicate keys, syntax errors), is read by the exact parser below, which
 * finds and places every problem. Loose on purpose: "Q & A" takes the exact path too, only slower.
 */
const NEEDS_EXACT = /(?:^|[\s[{,])[&*!]|(?:^|[\s[{,])\?(?:\s|$)|^%|\t|<<|__proto__|[\]}]\s*:/m;

/**
 * Parses YAML text that starts at `firstLine` of its file (front matter starts at line 2). `exact`
 * skips the fast path (tests compare the two).
 */
export function parseYamlData(text: string, firstLine = 1, options: { exact?: boolean } = {}): YamlResult {
  const source = { text, firstLine };
  if (!options.exact && !NEEDS_EXACT.test(text)) {
    try {
      // js-yaml reads an empty document as undefined, the exact parser as null.
      return { ok: true, value: new YamlData(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? null, source) };
    } catch {
      // Read again below, where the problem gets its message and position.
    }
  }
  const { data, problems, positions } = readExactly(source);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: new YamlData(data, source, positions) };
}

/** The exact parser: data, every problem with its position, and the position of every key and value. */
function readExactly({ text, firstLine }: Source): { data: unknown; problems: Problem[]; positions: Map<string, Located> } {
  const doc = parseDocument(text, {
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: true,
  });
  // Lines are counted from the text, not with the parser's LineCounter: that knows only the line ends
  // its lexer reported, and after some syntax errors placed a token past the end of an earlier line.
  const starts = lineStarts(text);
  const at = (offset: number): Position => {
    const index = lineIndex(starts, offset);
    return { line: index + firstLine, column: offset - starts[index]! + 1 };
  };
  const problems: Problem[] = [];
  const problem = (offset: number, rule: string, message: string) =>
    problems.push({ ...at(offset), severity: "error", rule, message });

  for (const error of [...doc.errors, ...doc.warnings]) {
    if (error.code === "TAG_RESOLVE_FAILED") continue; // every tag is reported below, resolved or not
    const rule = error.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax";
    problem(error.pos[0], rule, yamlMessage(error.message, error.code));
  }

  visit(doc, {
    Alias(_key, node) {
      problem(node.range?.[0] ?? 0, "yaml-alias", `aliases (*${node.source}) are not allowed; write the value out in full`);
    },
    Node(_key, node) {
      // A node's range starts at its value, after its anchor and tag: point at the `&name` or `!!tag` itself.
      const start = node.range?.[0] ?? 0;
      const written = (prop: string) => {
        const found = text.lastIndexOf(prop, start);
        return found === -1 ? start : found;
      };
      if (node.anchor) problem(written(`&${node.anchor}`), "yaml-alias", `anchors (&${node.anchor}) are not allowed; write each value out in full`);
      if (node.tag && !isAlias(node)) {
        const tag = node.tag.replace("tag:yaml.org,2002:", "!!");
        problem(written(tag), "yaml-tag", `tags (${tag}) are not allowed: front matter is plain data`);
      }
    },
    Pair(_key, pair) {
      const key = isScalar(pair.key) ? pair.key : undefined;
      const offset = isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      if (key?.value === "<<") problem(offset, "yaml-merge", "merge keys (<<) are not allowed; write each key out in full");
      else if (key?.value === "__proto__") problem(offset, "yaml-proto", "the key __proto__ is not allowed");
      else if (isNode(pair.key) && !isScalar(pair.key)) problem(offset, "yaml-syntax", "a key must be plain text, not a list or mapping");
    },
  });
  const positions = new Map<string, Located>();
  if (problems.length > 0) return { data: undefined, problems: dedupe(problems), positions };

  const record = (node: unknown, path: PropertyKey[], key?: Position) => {
    if (!isNode(node)) return;
    positions.set(pathKey(path), { key, value: at(node.range?.[0] ?? 0) });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyPosition = at((pair.key as YamlNode).range?.[0] ?? 0);
        const child = [...path, String(pair.key.value)];
        if (isNode(pair.value)) record(pair.value, child, keyPosition);
        else positions.set(pathKey(child), { key: keyPosition, value: keyPosition });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => record(item, [...path, index]));
    }
  };
  record(doc.contents, []);
  return { data: doc.toJS({ maxAliasCount: 0 }), problems, positions };
}

/** Each part marked, so the key "" (`: x`) is not taken for the document itself. */
function pathKey(path: readonly PropertyKey[]): string {
  return path.map((part) => `\u0000${String(part)}`).join("");
}

/** Offset of the start of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line of an offset: the last line that starts at or before it. */
function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The parser's message without its own "at line …" suffix and source excerpt: we print positions ourselves. */
function yamlMessage(message: string, code: string): string {
  const first = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
  if (code === "TAB_AS_INDENT") return "a tab is used for indentation; indent with spaces";
  if (code === "DUPLICATE_KEY") return "this key appears twice; keep one (the other would be silently lost)";
  return `YAML: ${first}`;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.rule}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

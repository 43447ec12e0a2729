// Safe YAML 1.2 data: the `yaml` package in its core schema, with everything that is more than data
// refused (tags, anchors, aliases, merge keys, `__proto__`), and a position for every key and value.
import { LineCounter, isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { Node as YamlNode } from "yaml";
import type { Diagnostic } from "../diagnostics.ts";

export type Problem = Omit<Diagnostic, "file">;

export interface Position {
  line: number;
  column: number;
}

interface Located {
  key?: Position;
  value: Position;
}

/**
 * Parsed data with the position of every key and value. Plain fields only, so it survives the copy
 * from a parsing worker thread (src/content/parse-files.ts), where `revive` gives it its methods back.
 */
export class YamlData {
  constructor(
    readonly data: unknown,
    /** By path (see pathKey). */
    private readonly positions: Map<string, Located>,
    /** Where the YAML text starts: the fallback for a path with no position. */
    private readonly start: Position,
  ) {}

  static revive(copy: YamlData): YamlData {
    return new YamlData(copy.data, copy.positions, copy.start);
  }

  /** The same positions over other data (defaults filled in, for example). */
  withData(data: unknown): YamlData {
    return new YamlData(data, this.positions, this.start);
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
    for (let n = path.length; n >= 0; n--) {
      const found = this.positions.get(pathKey(path.slice(0, n)));
      if (found) return found;
    }
    return { key: this.start, value: this.start };
  }
}

export type YamlResult = { ok: true; value: YamlData } | { ok: false; problems: Problem[] };

/** Parses YAML text that starts at `firstLine` of its file (front matter starts at line 2). */
export function parseYamlData(text: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: true,
    lineCounter,
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
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
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };

  const positions = new Map<string, Located>();
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
  return { ok: true, value: new YamlData(doc.toJS({ maxAliasCount: 0 }), positions, at(0)) };
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join("\u0000");
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

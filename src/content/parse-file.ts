// One content file from bytes to validated fields: decode, split front matter, validate its schema, read
// the body (its one Markdown parse) and report the links that parse refused.
import { readFile } from "node:fs/promises";
import type { Diagnostic } from "../diagnostics.ts";
import type { LinkRefusal } from "../markup/link-policy.ts";
import { readBody, type ReadBody } from "../markup/markdown.ts";
import type { RefusedLink } from "../markup/refused-links.ts";
import { decodeContent, type ContentFile } from "./files.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { actorSchema, eventSchema, figureSchema, KNOWN_KEYS, placeSchema } from "./schema.ts";
import type { ActorFields, EventFields, FigureFields, PlaceFields } from "./schema.ts";
import { validateFields } from "./validate.ts";
import type { YamlData } from "./yaml.ts";

interface Parsed<K extends string, F> {
  kind: K;
  source: ContentFile;
  fields: F;
  yaml: YamlData;
  body: string;
  bodyLine: number;
  /** The body's HTML, first paragraph and code lines, from its one Markdown parse. */
  read: ReadBody;
}

export type ParsedFile =
  | Parsed<"event", EventFields>
  | Parsed<"place", PlaceFields>
  | Parsed<"actor", ActorFields>
  | Parsed<"figure", FigureFields>;

const SCHEMAS = { event: eventSchema, place: placeSchema, actor: actorSchema, figure: figureSchema } as const;
const NESTED: Record<string, Record<string, readonly string[]>> = { event: { sources: KNOWN_KEYS.source } };

export type ParseOutcome = { parsed?: ParsedFile; diagnostics: Diagnostic[] };

export async function parseContentFile(source: ContentFile): Promise<ParseOutcome> {
  const at = (problems: Omit<Diagnostic, "file">[]) => problems.map((p) => ({ file: source.file, ...p }));
  const decoded = decodeContent(await readFile(source.absolutePath));
  if (!decoded.ok) return { diagnostics: at([decoded.diagnostic]) };
  const front = parseFrontMatter(decoded.text);
  if (!front.ok) return { diagnostics: at(front.problems) };
  const { yaml, body, bodyLine } = front.value;
  const result = validateFields(SCHEMAS[source.kind], yaml, KNOWN_KEYS[source.kind], NESTED[source.kind]);
  if (!result.ok) return { diagnostics: at(result.problems) };
  const read = readBody(body);
  const parsed = { kind: source.kind, source, fields: result.value, yaml, body, bodyLine, read } as ParsedFile;
  return { parsed, diagnostics: read.refusedLinks.map((link) => linkInvalid(source.file, bodyLine, link)) };
}

function why(refusal: LinkRefusal): string {
  if (refusal.kind === "no-character") return `${refusal.reference} names no character`;
  return "links must be http://, https://, mailto: or relative";
}

/** A link the page leaves out is an error at the place it was written. */
function linkInvalid(file: string, bodyLine: number, link: RefusedLink): Diagnostic {
  return {
    file, line: bodyLine + link.line, column: link.column, severity: "error", rule: "link-invalid",
    message: `link to "${link.written}" is not allowed: ${why(link.refusal)}`,
  };
}

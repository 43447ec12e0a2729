// One content file from bytes to validated fields: decode, split front matter, validate its schema, read
// the body (its one Markdown parse) and report the links that parse refused.
import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.ts";
import type { LinkRefusal } from "../markup/link-policy.ts";
import { readBody, type ReadBody } from "../markup/markdown.ts";
import type { RefusedLink } from "../markup/refused-links.ts";
import type { EntityKind } from "../model/types.ts";
import { baseName, decodeContent, type ContentFile, type ContentKind, type TranslationName } from "./files.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { actorSchema, eventSchema, figureSchema, KNOWN_KEYS, placeSchema, TRANSLATION_KEYS } from "./schema.ts";
import { TRANSLATION_NESTED_KEYS } from "./schema.ts";
import { actorTranslationSchema, eventTranslationSchema } from "./schema.ts";
import { figureTranslationSchema, placeTranslationSchema } from "./schema.ts";
import type { ActorFields, EventFields, FigureFields, PlaceFields } from "./schema.ts";
import type { EntityTranslationFields, EventTranslationFields } from "./schema.ts";
import { validateFields } from "./validate.ts";
import type { Problem, YamlData } from "./yaml.ts";

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

/** A translation (`<name>.<lang>.md`): words only, checked against its original by src/content/translations.ts. */
interface ParsedTranslationOf<K extends ContentKind, F> extends Omit<Parsed<K, F>, "source"> {
  source: ContentFile & { translation: TranslationName };
}

export type ParsedTranslation =
  | ParsedTranslationOf<"event", EventTranslationFields>
  | ParsedTranslationOf<EntityKind, EntityTranslationFields>;

const SCHEMAS = { event: eventSchema, place: placeSchema, actor: actorSchema, figure: figureSchema } as const;
const TRANSLATION_SCHEMAS = {
  event: eventTranslationSchema,
  place: placeTranslationSchema,
  actor: actorTranslationSchema,
  figure: figureTranslationSchema,
} as const;
const NESTED: Record<string, Record<string, readonly string[]>> = {
  event: { sources: KNOWN_KEYS.source, withdrawn: KNOWN_KEYS.withdrawn, corrections: KNOWN_KEYS.correction },
};
const TRANSLATION_NESTED: Record<string, Record<string, readonly string[]>> = TRANSLATION_NESTED_KEYS;
/** What a translation of each kind holds, for messages. */
const TRANSLATED_WORDS: Record<ContentKind, string> = {
  event: "title, summary, the body, corrections' texts and the withdrawn reason",
  place: "name, aliases and the description",
  actor: "name, aliases and the description",
  figure: "name, aliases, role and the description",
};

/** `translated` is set for a translation file, `parsed` for an original. */
export type ParseOutcome = { parsed?: ParsedFile; translated?: ParsedTranslation; diagnostics: Diagnostic[] };

/**
 * Reads the file with one synchronous call: through promises, reading is an open, a stat, a read and a close,
 * each waking the thread when done, and `npm run check` on the 16,566 UCDP events took 3.9 s and 6.6 s of CPU,
 * against 3.1 s and 5.4 s this way (farm-bench, medians of 6 alternating pairs). Nothing else runs while
 * content loads.
 */
export function parseContentFile(source: ContentFile): ParseOutcome {
  return parseContentBytes(source, readFileSync(source.absolutePath));
}

/** As parseContentFile, for bytes not (or not yet) on disk: an editor's unsaved text. */
export function parseContentBytes(source: ContentFile, bytes: Buffer): ParseOutcome {
  const at = (problems: Omit<Diagnostic, "file">[]) => problems.map((p) => ({ file: source.file, ...p }));
  const decoded = decodeContent(bytes);
  if (!decoded.ok) return { diagnostics: at([decoded.diagnostic]) };
  const front = parseFrontMatter(decoded.text);
  if (!front.ok) return { diagnostics: at(front.problems) };
  const { yaml, body, bodyLine } = front.value;
  const translation = source.translation;
  const result = translation
    ? validateTranslation(source.kind, yaml, translation)
    : validateFields(SCHEMAS[source.kind], yaml, KNOWN_KEYS[source.kind], NESTED[source.kind]);
  if (!result.ok) return { diagnostics: at(result.problems) };
  const read = readBody(body);
  const links = read.refusedLinks.map((link) => linkInvalid(source.file, bodyLine, link));
  const common = { kind: source.kind, fields: result.value, yaml, body, bodyLine, read };
  if (translation) {
    return { translated: { ...common, source: { ...source, translation } } as ParsedTranslation, diagnostics: links };
  }
  return { parsed: { ...common, source } as ParsedFile, diagnostics: links };
}

/** A translation's fields: its own keys validated, and every key its original owns reported where it stands. */
function validateTranslation(kind: ContentKind, yaml: YamlData, translation: TranslationName) {
  const own: readonly string[] = TRANSLATION_KEYS[kind];
  const original = KNOWN_KEYS[kind].filter((key) => !own.includes(key));
  const data = yaml.data as Record<string, unknown>;
  const misplaced: Problem[] = Object.keys(data)
    // An empty mapping of the original's (`counts: {}`) holds nothing a translation could contradict, and
    // Sveltia writes one into every translation it saves (its key-value widget): left out, not an error.
    .filter((key) => original.includes(key) && !isEmptyMapping(data[key]))
    .map((key) => ({
      ...yaml.keyAt([key]), severity: "error", rule: "translation-field",
      message:
        `${key}: comes from the original, ${baseName(translation.original)}; ` +
        `a translation holds only ${TRANSLATED_WORDS[kind]}`,
    }));
  const result = validateFields(TRANSLATION_SCHEMAS[kind], yaml, own, TRANSLATION_NESTED[kind], original);
  if (misplaced.length === 0) return result;
  return { ok: false as const, problems: [...misplaced, ...result.problems] };
}

function isEmptyMapping(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
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

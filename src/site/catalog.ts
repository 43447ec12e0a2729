// The message catalogs: one JSON file per language in src/site/messages/ (en.json; the language desks add
// ar.json, ckb.json, tr.json), each giving the words of every key of en.json. This file knows the format
// (src/site/messages/README.md explains it to translators) and the checks a catalog must pass against
// English; src/site/messages.ts looks messages up.
import { readdirSync, readFileSync } from "node:fs";
import type { PluralForms } from "../markup/plural.ts";
import type english from "./messages/en.json";

/** A message: text with `{name}` placeholders, or such texts by plural category (`other` required). */
export type Message = string | PluralForms;
export type Catalog = Readonly<Record<string, Message>>;

/** Every key of the catalogs, as en.json holds them: a key missing there is a compile error. */
export type MessageKey = keyof typeof english;
/** Keys whose message has plural forms; they are looked up with a `count`. */
export type PluralKey = { [K in MessageKey]: (typeof english)[K] extends string ? never : K }[MessageKey];
/** Keys whose message is one text. */
export type TextKey = Exclude<MessageKey, PluralKey>;

/** The folder of the catalog files. */
export const CATALOG_DIR = new URL("./messages/", import.meta.url);
/** The language every other catalog is checked against. */
export const SOURCE_LANGUAGE = "en";

const CATEGORIES: ReadonlySet<string> = new Set<Intl.LDMLPluralRule>(["zero", "one", "two", "few", "many", "other"]);
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
/** The placeholder that chooses the plural form; a form may leave it out ("The place on the map"). */
export const COUNT = "count";

/** The placeholder names of a text, each once: "{count} of {total}" → ["count", "total"]. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The texts of a message: itself, or each of its plural forms. */
export function textsOf(message: Message): string[] {
  return typeof message === "string" ? [message] : Object.values(message);
}

/**
 * A catalog from a parsed JSON value, checked for shape: an object of texts and plural objects, no brace
 * outside a placeholder. `source` names the file in errors, which a language desk must be able to act on.
 */
export function toCatalog(value: unknown, source: string): Catalog {
  if (!isRecord(value)) throw new Error(`${source}: a catalog is a JSON object of messages`);
  for (const [key, message] of Object.entries(value)) {
    const where = `${source}: "${key}"`;
    if (isRecord(message)) {
      for (const [category, text] of Object.entries(message)) {
        if (!CATEGORIES.has(category)) throw new Error(`${where}: "${category}" is not a plural category`);
        if (typeof text !== "string") throw new Error(`${where}: the "${category}" form must be a text`);
      }
      if (typeof message.other !== "string") throw new Error(`${where}: a plural message needs its "other" form`);
    } else if (typeof message !== "string") {
      throw new Error(`${where}: a message is a text or an object of plural forms`);
    }
    for (const text of textsOf(message as Message)) {
      if (/[{}]/.test(text.replace(PLACEHOLDER, ""))) {
        throw new Error(`${where}: a brace that is not part of a {placeholder}`);
      }
    }
  }
  return value as Catalog;
}

/** The languages that have a catalog file, by file name: `en`, later `ar`, `ckb`, `tr`. */
export function catalogLanguages(): string[] {
  return readdirSync(CATALOG_DIR)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

/** A language's catalog file, read and checked for shape (not yet against English: catalogProblems). */
export function readCatalog(language: string): Catalog {
  const file = new URL(`${language}.json`, CATALOG_DIR);
  const source = `src/site/messages/${language}.json`;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return toCatalog(value, source);
}

/**
 * What is wrong with a language's catalog against the English one, one line per problem: a key missing or
 * extra, a plural where English has a text or the other way round, a plural category the language does
 * not have (Intl.PluralRules), a placeholder missing or added. Empty when the catalog can be used.
 */
export function catalogProblems(catalog: Catalog, language: string, source: Catalog): string[] {
  const problems: string[] = [];
  const categories = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  for (const key of Object.keys(source)) if (!(key in catalog)) problems.push(`"${key}" is missing`);
  for (const [key, message] of Object.entries(catalog)) {
    const original = source[key];
    if (original === undefined) {
      problems.push(`"${key}" is not a key of ${SOURCE_LANGUAGE}.json`);
      continue;
    }
    if (typeof message !== typeof original) {
      const shape = typeof original === "string" ? "a text" : "an object of plural forms";
      problems.push(`"${key}" must be ${shape}, as in ${SOURCE_LANGUAGE}.json`);
      continue;
    }
    const wanted = new Set(textsOf(original).flatMap(placeholdersOf));
    const forms: [string, string][] = typeof message === "string" ? [["text", message]] : Object.entries(message);
    for (const [category, text] of forms) {
      const label = typeof message === "string" ? `"${key}"` : `"${key}" (${category})`;
      if (typeof message !== "string" && !categories.has(category)) {
        const has = [...categories].join(", ");
        problems.push(`${label}: ${language} has no plural category "${category}" (it has ${has})`);
      }
      const used = new Set(placeholdersOf(text));
      // A plural form may leave the count out ("The place on the map"); it keeps every other placeholder.
      const missing = [...wanted].filter((name) => !used.has(name) && !(name === COUNT && typeof message !== "string"));
      const extra = [...used].filter((name) => !wanted.has(name));
      const braced = (names: string[]) => names.map((n) => `{${n}}`).join(", ");
      if (missing.length) problems.push(`${label} lacks ${braced(missing)}`);
      if (extra.length) problems.push(`${label} has ${braced(extra)}, which ${SOURCE_LANGUAGE}.json does not`);
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

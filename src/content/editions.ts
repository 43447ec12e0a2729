// The site's language editions (content/site.yml `language`, `editions`): each value checked on its own
// for the schema (digits, calendar, locale), the editions checked against each other, and all of it
// normalised into the model's Edition list, the default edition first.
import { closest } from "../similar.ts";
import type { Digits, Edition } from "../model/types.ts";
import { primaryLanguage, readLanguageTag } from "./language-tags.ts";
import type { Problem, YamlData } from "./yaml.ts";

export const DIGITS: readonly Digits[] = ["latn", "arab"];

/** Keys of an edition written as a mapping. */
export const EDITION_KEYS = ["lang", "locale", "digits", "calendar", "title", "description"] as const;

export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string };

const didYouMean = (word: string, candidates: readonly string[]) => {
  const guess = closest(word.toLowerCase(), candidates);
  return guess ? `; did you mean "${guess}"?` : "";
};

export function readDigits(written: string): ValueResult<Digits> {
  const found = DIGITS.find((digits) => digits === written);
  if (found) return { ok: true, value: found };
  const hint = didYouMean(written, DIGITS);
  return { ok: false, message: `"${written}" is not a kind of digits: write latn (0–9) or arab (٠–٩)${hint}` };
}

/** The Gregorian date is always shown; a calendar names the second one shown beside it. */
const GREGORIAN = new Set(["gregory", "iso8601"]);

export function readCalendar(written: string): ValueResult<string> {
  const known = Intl.supportedValuesOf("calendar").filter((name) => !GREGORIAN.has(name));
  if (known.includes(written)) return { ok: true, value: written };
  if (GREGORIAN.has(written)) {
    const message = "the Gregorian date is always shown; calendar names a second calendar, such as islamic-umalqura";
    return { ok: false, message };
  }
  const hint = didYouMean(written, known) || `; known calendars are ${known.join(", ")}`;
  return { ok: false, message: `"${written}" is not a calendar${hint}` };
}

/** What zod made of site.yml's language fields (src/content/schema.ts siteSchema). */
export interface EditionFields {
  lang: string;
  locale?: string;
  digits?: Digits;
  calendar?: string;
  title?: string;
  description?: string;
}

export interface SiteLanguageFields {
  title: string;
  description: string;
  language: string;
  locale?: string;
  digits?: Digits;
  calendar?: string;
  editions: EditionFields[];
}

/** The default edition, then each further one once, in the order site.yml lists them. */
export function toEditions(fields: SiteLanguageFields): Edition[] {
  const main = edition({ ...fields, lang: fields.language }, "");
  const editions = [main];
  for (const item of fields.editions) {
    if (editions.some((e) => e.lang === item.lang)) continue; // reported by editionProblems
    editions.push(edition(item, `/${item.lang.toLowerCase()}`));
  }
  return editions;
}

function edition(fields: EditionFields, prefix: string): Edition {
  const { lang } = fields;
  const made: Edition = { lang, locale: fields.locale ?? lang, direction: direction(lang), prefix };
  if (fields.digits) made.digits = fields.digits;
  if (fields.calendar) made.calendar = fields.calendar;
  if (fields.title !== undefined) made.title = fields.title;
  if (fields.description !== undefined) made.description = fields.description;
  return made;
}

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
/** Scripts written right to left, for engines whose Intl.Locale does not say. */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

function direction(tag: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  const said = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (said === "rtl" || said === "ltr") return said;
  return RTL_SCRIPTS.has(locale.maximize().script ?? "") ? "rtl" : "ltr";
}

/**
 * Problems between editions, which no single value shows: a language listed twice, an edition in the
 * site's own language, a locale of another language. Read from the raw data, so they are reported
 * together with any problem of a single value.
 */
export function editionProblems(yaml: YamlData): Problem[] {
  const data = yaml.data as Record<string, unknown>;
  const problems: Problem[] = [];
  const problem = (path: PropertyKey[], rule: string, message: string) =>
    problems.push({ ...yaml.valueAt(path), severity: "error", rule, message });

  const language = tagAt(data.language) ?? (data.language === undefined ? "en" : undefined);
  const mismatch = (locale: unknown, lang: string | undefined, path: PropertyKey[]) => {
    const tag = tagAt(locale);
    if (tag && lang && primaryLanguage(tag) !== primaryLanguage(lang)) {
      const example = `${lang}-${exampleRegion(lang)}`;
      const message = `locale: ${tag} is not a locale of ${lang}; write ${lang} with a region, such as ${example}`;
      problem(path, "locale-mismatch", message);
    }
  };
  mismatch(data.locale, language, ["locale"]);

  const list = Array.isArray(data.editions) ? (data.editions as unknown[]) : [];
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const isMapping = typeof item === "object" && item !== null && !Array.isArray(item);
    const mapping = isMapping ? (item as Record<string, unknown>) : undefined;
    const langPath = mapping ? ["editions", index, "lang"] : ["editions", index];
    const lang = tagAt(mapping ? mapping.lang : item);
    if (mapping) mismatch(mapping.locale, lang, ["editions", index, "locale"]);
    if (!lang) return;
    if (lang === language) {
      const message =
        `${lang} is the site's own language (language: ${language}); editions lists the further languages`;
      problem(langPath, "edition-duplicate", message);
      return;
    }
    const first = seen.get(lang);
    if (first !== undefined) {
      const line = yaml.valueAt(["editions", first]).line;
      problem(langPath, "edition-duplicate", `${lang} is listed twice (also on line ${line}); keep one`);
      return;
    }
    seen.set(lang, index);
  });
  return problems;
}

/** The canonical tag of a written value, or undefined when it is not a valid one (reported by the schema). */
function tagAt(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const read = readLanguageTag(value);
  return read.ok ? read.tag : undefined;
}

/** A region Intl pairs with the language (`IQ` for ckb), for the example in a message. */
function exampleRegion(lang: string): string {
  return new Intl.Locale(lang).maximize().region ?? "US";
}

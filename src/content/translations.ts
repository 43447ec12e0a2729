// Translations (`<name>.<lang>.md` beside `<name>.md`): each checked against its original and the site's
// languages, then turned into the words the model keeps per language. Everything but words (dates,
// places, counts, sources) is the original's, so a translation can never contradict it.
import type { Diagnostic } from "../diagnostics.ts";
import { endsBefore, oldestFirst } from "../model/calendar.ts";
import { slugify } from "../model/slug.ts";
import type { EntityTranslation, EventTranslation, Origin, SiteConfig } from "../model/types.ts";
import { closest, similarity } from "../similar.ts";
import { baseName } from "./files.ts";
import { primaryLanguage, readLanguageTag } from "./language-tags.ts";
import type { ParsedFile, ParsedTranslation } from "./parse-file.ts";
import type { EventFields } from "./schema.ts";
import { LazyOrigin, type Position } from "./yaml.ts";

/** A translation that passed every check, with its language in canonical form. */
export interface CheckedTranslation<T extends ParsedTranslation = ParsedTranslation> {
  parsed: T;
  lang: string;
}

export interface TranslationInput {
  translations: readonly ParsedTranslation[];
  /** Originals that parsed, by the path diagnostics print. */
  originals: ReadonlyMap<string, ParsedFile>;
  /** Every original listed, parsed or not: a translation of a broken original is not an orphan. */
  listed: ReadonlySet<string>;
  site: SiteConfig;
  /** False when site.yml has errors: its languages are then unknown, and not held against translations. */
  languagesKnown: boolean;
}

/** The language an original is written in: its `lang:`, else the site's. */
export function originalLanguage(parsed: ParsedFile, site: SiteConfig): string {
  return parsed.fields.lang ?? site.language;
}

/** Checks every translation; those that pass come back by their original's path, in the site's edition order. */
export function checkTranslations(input: TranslationInput): {
  byOriginal: Map<string, CheckedTranslation[]>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const byOriginal = new Map<string, CheckedTranslation[]>();
  const siteLanguages = input.site.editions.map((edition) => edition.lang);
  /** By original, each language's first translation file. */
  const claimed = new Map<string, Map<string, string>>();
  for (const parsed of input.translations) {
    const { file, translation } = parsed.source;
    const originalName = baseName(translation.original); // messages name it as it stands beside the translation
    const report = (at: Position, rule: string, message: string, severity: Diagnostic["severity"] = "error") =>
      diagnostics.push({ file, line: at.line, column: at.column, severity, rule, message });
    const lineOne = { line: 1, column: 1 };
    const original = input.originals.get(translation.original);
    if (!original) {
      if (!input.listed.has(translation.original)) report(lineOne, "translation-orphan", orphanMessage(parsed));
      continue; // a broken original has its own errors
    }
    const named = readLanguageTag(translation.lang);
    if (!named.ok) {
      report(lineOne, "language-invalid", `the file name's language: ${named.message}`);
      continue;
    }
    const lang = named.tag;
    // `lang:` in a translation may only repeat what its file name says.
    const langAt = parsed.fields.lang === undefined ? lineOne : parsed.yaml.valueAt(["lang"]);
    if (parsed.fields.lang !== undefined && parsed.fields.lang !== lang) {
      const message = `lang: ${parsed.fields.lang}, but the file name says ${lang}; write the same language in both`;
      report(langAt, "translation-language-mismatch", message);
      continue;
    }
    const own = originalLanguage(original, input.site);
    if (lang === own) {
      const why = original.fields.lang === undefined
        ? `the site's language, which ${originalName} is written in`
        : `the language of ${originalName} itself (lang: ${own})`;
      report(langAt, "translation-language-same", `${lang} is ${why}; a translation is in another language`);
      continue;
    }
    if (input.languagesKnown && !siteLanguages.includes(lang)) {
      report(langAt, "translation-language-unknown", unknownMessage(lang, siteLanguages));
      continue;
    }
    const list = byOriginal.get(translation.original) ?? [];
    const claims = claimed.get(translation.original) ?? new Map<string, string>();
    const twin = claims.get(lang);
    if (twin) {
      const message = `${baseName(twin)} is already the ${lang} translation of ${originalName}; keep one`;
      report(lineOne, "translation-duplicate", message);
      continue;
    }
    // The first file in a language is its translation, even when it is left out for an error below.
    claimed.set(translation.original, claims.set(lang, file));
    const originalUpdated = original.fields.updated;
    const updated = parsed.fields.updated;
    if (updated && originalUpdated && endsBefore(updated, originalUpdated)) {
      const message =
        `updated: ${updated.text} is before the original's updated: ${originalUpdated.text} (${originalName}); ` +
        `bring the translation up to date with it, then change its updated`;
      report(parsed.yaml.valueAt(["updated"]), "translation-stale", message, "warning");
    }
    if (parsed.kind === "event" && original.kind === "event") {
      const mismatches = recordMismatches(parsed, original.fields, originalName);
      for (const { at, rule, message } of mismatches) report(at, rule, message);
      if (mismatches.length > 0) continue;
    }
    list.push({ parsed, lang });
    byOriginal.set(translation.original, list);
  }
  const order = (lang: string) => (siteLanguages.includes(lang) ? siteLanguages.indexOf(lang) : siteLanguages.length);
  for (const list of byOriginal.values()) {
    list.sort((a, b) => order(a.lang) - order(b.lang) || (a.lang < b.lang ? -1 : 1));
  }
  return { byOriginal, diagnostics };
}

type EventTranslationFile = Extract<ParsedTranslation, { kind: "event" }>;

/**
 * A translation's corrections and withdrawal against its original's. Corrections are matched by position,
 * in the order the original lists them: a translation may have fewer (the rest are shown untranslated),
 * never more. A `date` may only repeat the original's at the same position (the web editor copies it
 * there). A withdrawal needs a withdrawn original, and its `date` too may only repeat the original's.
 */
function recordMismatches(
  parsed: EventTranslationFile,
  original: EventFields,
  originalName: string,
): { at: Position; rule: string; message: string }[] {
  const { fields, yaml } = parsed;
  const found: { at: Position; rule: string; message: string }[] = [];
  const theirs = original.corrections;
  const count = theirs.length === 1 ? "1 correction" : `${theirs.length} corrections`;
  fields.corrections.forEach((correction, i) => {
    const label = `corrections[${i + 1}]`;
    const matched = theirs[i];
    if (!matched) {
      const has =
        theirs.length === 0 ? "has no corrections" : `has ${count}, and a translation at most as many, matched by position`;
      found.push({
        at: yaml.valueAt(["corrections", i]),
        rule: "translation-correction-extra",
        message: `${label}: ${originalName} ${has}; remove this one, or add the correction to the original first`,
      });
    } else if (correction.date && correction.date.text !== matched.date.text) {
      found.push({
        at: yaml.valueAt(["corrections", i, "date"]),
        rule: "translation-date-mismatch",
        message:
          `${label}.date: ${correction.date.text}, but correction ${i + 1} of ${originalName} is dated ` +
          `${matched.date.text}; a translation's corrections match the original's by position: put them in ` +
          `the original's order, and write its date or leave date out`,
      });
    }
  });
  if (fields.withdrawn && !original.withdrawn) {
    found.push({
      at: yaml.keyAt(["withdrawn"]),
      rule: "translation-not-withdrawn",
      message: `withdrawn: ${originalName} is not withdrawn; remove withdrawn from this translation, or withdraw the original first`,
    });
  } else if (fields.withdrawn?.date && original.withdrawn && fields.withdrawn.date.text !== original.withdrawn.date.text) {
    found.push({
      at: yaml.valueAt(["withdrawn", "date"]),
      rule: "translation-date-mismatch",
      message:
        `withdrawn.date: ${fields.withdrawn.date.text}, but ${originalName} was withdrawn on ` +
        `${original.withdrawn.date.text}; write its date or leave date out`,
    });
  }
  return found;
}

function orphanMessage(parsed: ParsedTranslation): string {
  const { original, lang } = parsed.source.translation;
  const name = baseName(original);
  const rename = `${slugify(`${name.slice(0, -".md".length)}-${lang}`)}.md`;
  return `this is named as the ${lang} translation of ${name}, which is not beside it; ` +
    `add the original, or rename this file (to ${rename}, say) if it is not a translation`;
}

function unknownMessage(lang: string, siteLanguages: readonly string[]): string {
  const guess = likelyMeant(lang, siteLanguages);
  if (siteLanguages.length === 1) {
    const only = siteLanguages[0];
    return `the site is published in ${only} alone; add ${lang} to editions in site.yml to publish this translation`;
  }
  return `the site has no ${lang} edition: its languages are ${siteLanguages.join(", ")} (site.yml)` +
    (guess ? `; did you mean "${guess}"?` : `; add ${lang} to editions in site.yml to publish this translation`);
}

/**
 * The site language a tag probably means: the same language with another region or script (`ar-IQ` for
 * `ar`), or a typo of a three-letter tag (`ckd`). Two-letter tags one letter apart are different
 * languages (`tr`, `ar`), so they are never suggested.
 */
function likelyMeant(lang: string, siteLanguages: readonly string[]): string | undefined {
  const sameLanguage = siteLanguages.find((tag) => primaryLanguage(tag) === primaryLanguage(lang));
  if (sameLanguage) return sameLanguage;
  const guess = closest(lang, siteLanguages.filter((tag) => tag.length >= 3));
  return guess && lang.length >= 3 && similarity(lang, guess) >= 0.6 ? guess : undefined;
}

/**
 * An event's translations as the model keeps them, by language. `original`: the original's fields, whose
 * corrections the translated ones match by position, put here in the order the event shows them.
 */
export function eventTranslations(
  checked: readonly CheckedTranslation[],
  original: Pick<EventFields, "corrections">,
): Record<string, EventTranslation> {
  const translations: Record<string, EventTranslation> = {};
  const order = oldestFirst(original.corrections);
  for (const { parsed, lang } of checked) {
    if (parsed.kind !== "event") continue;
    const translation: EventTranslation = {
      lang,
      file: parsed.source.file,
      title: parsed.fields.title,
      summary: parsed.fields.summary ?? parsed.read.firstParagraph,
      body: parsed.body,
      bodyHtml: parsed.read.html,
      bodyLine: parsed.bodyLine,
    };
    if (parsed.fields.updated) translation.updated = parsed.fields.updated;
    const texts = parsed.fields.corrections;
    if (texts.some((c) => c.text !== undefined)) translation.corrections = order.map((i) => texts[i]?.text);
    if (parsed.fields.withdrawn?.reason !== undefined) translation.withdrawnReason = parsed.fields.withdrawn.reason;
    translations[lang] = translation;
  }
  return translations;
}

/** An entity's translations by language, and every translated name and alias with where it was written. */
export function entityTranslations(checked: readonly CheckedTranslation[]): {
  translations: Record<string, EntityTranslation>;
  names: { text: string; at: Origin }[];
} {
  const translations: Record<string, EntityTranslation> = {};
  const names: { text: string; at: Origin }[] = [];
  for (const { parsed, lang } of checked) {
    if (parsed.kind === "event") continue;
    const { fields, source, yaml } = parsed;
    const translation: EntityTranslation = {
      lang,
      file: source.file,
      name: fields.name,
      aliases: fields.aliases,
      description: parsed.body,
      descriptionHtml: parsed.read.html,
      descriptionFirstParagraph: parsed.read.firstParagraph,
    };
    if (fields.role !== undefined) translation.role = fields.role;
    if (fields.updated) translation.updated = fields.updated;
    translations[lang] = translation;
    names.push({ text: fields.name, at: new LazyOrigin(source.file, yaml, ["name"]) });
    fields.aliases.forEach((text, i) => names.push({ text, at: new LazyOrigin(source.file, yaml, ["aliases", i]) }));
  }
  return { translations, names };
}

// Each edition's message catalog: English from en.json as ever, any other language from its file in
// src/site/messages/, checked against English. An edition without a usable catalog stops the build with
// the file to add or fix.
import type { Edition } from "../model/types.ts";
import { catalogLanguages, catalogProblems, readCatalog, SOURCE_LANGUAGE, toCatalog, type Catalog } from "./catalog.ts";
import { englishMessages, Messages } from "./messages.ts";
import english from "./messages/en.json" with { type: "json" };

/** By edition (language, locale, digits) and `single`: pages ask on every page, for every edition's switcher link. */
const loaded = new Map<string, Messages>();

/**
 * The words of an edition, in its language, numbers in its locale and digits. A regional tag without a
 * catalog of its own (`en-GB`, `pt-BR`) takes its language's (`en`, `pt`). `single`: the site has this one
 * edition; without a catalog for its language it keeps English words, as a single-language site always did.
 */
export function messagesFor(edition: Edition, single = false): Messages {
  const primary = primaryOf(edition.lang);
  if (primary === SOURCE_LANGUAGE && !edition.digits) return englishMessages;
  const key = `${edition.lang} ${edition.locale} ${edition.digits ?? ""} ${single}`;
  let messages = loaded.get(key);
  if (!messages) {
    const available = catalogLanguages();
    const language = available.includes(edition.lang)
      ? edition.lang
      : available.includes(primary)
        ? primary
        : undefined;
    messages =
      language === undefined && single
        ? englishMessages
        : new Messages(edition.lang, catalogOf(language ?? edition.lang), {
            locale: edition.locale,
            digits: edition.digits,
          });
    loaded.set(key, messages);
  }
  return messages;
}

function catalogOf(lang: string): Catalog {
  const source = toCatalog(english, "src/site/messages/en.json");
  if (lang === SOURCE_LANGUAGE) return source;
  const file = `src/site/messages/${lang}.json`;
  let catalog: Catalog;
  try {
    catalog = readCatalog(lang);
  } catch (error) {
    const missing = error instanceof Error && /ENOENT/.test(error.message);
    if (missing) {
      throw new Error(
        `the "${lang}" edition has no message catalog: ${file} is missing (copy en.json and translate it)`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
  const problems = catalogProblems(catalog, lang, source);
  if (problems.length) throw new Error(`${file} cannot be used: ${problems.join("; ")}`);
  return catalog;
}

function primaryOf(tag: string): string {
  return tag.toLowerCase().split("-")[0] ?? tag;
}

// Language tags as content writes them (site.yml, `lang:`, the `.ar` of a translation's file name):
// BCP 47 language, optional script and region, read with Intl and kept in Intl's canonical form.
// Extensions, variants and private use are refused: a tag names a language edition, not formatting.

/** `ar`, `ckb`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`, `es-419`, in any case. */
const SHAPE = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i;

export type TagResult = { ok: true; tag: string } | { ok: false; message: string };

/** The canonical tag (`EN-gb` → `en-GB`, `iw` → `he`), or why the text is not a language tag. */
export function readLanguageTag(written: string): TagResult {
  const text = written.trim();
  const refuse = (why: string): TagResult => ({ ok: false, message: `"${text}" is not a language tag: ${why}` });
  if (text === "") return refuse("it is empty");
  if (text.includes("_")) return refuse(`write it with a hyphen, ${text.replace(/_/g, "-")}`);
  if (!SHAPE.test(text)) return refuse("write a BCP 47 language tag such as ar, ckb, tr or pt-BR");
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(text)[0] ?? "";
  } catch {
    return refuse("write a BCP 47 language tag such as ar, ckb, tr or pt-BR");
  }
  // `und` (undetermined) and the like canonicalise to no language at all.
  const language = tag ? new Intl.Locale(tag).language : undefined;
  if (!language || language === "und") return refuse("it names no language");
  return { ok: true, tag };
}

/** The language subtag of a canonical tag: `ar` of `ar-IQ`. */
export function primaryLanguage(tag: string): string {
  return new Intl.Locale(tag).language ?? tag; // every tag readLanguageTag accepts has one
}

/** Whether a file name's second extension (`.ar` of `anbar.ar.md`) is shaped like a language tag. */
export function looksLikeLanguageTag(text: string): boolean {
  return SHAPE.test(text);
}

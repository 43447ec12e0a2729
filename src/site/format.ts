// Plain-text formatting for pages: numbers in the site's language, plurals, script direction.
// Dates are formatted by src/site/dates.ts (calendar values, never shifted by time zone).

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "2,000" for `en`: one Intl.NumberFormat per language, built once. */
export function formatNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(language));
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** "1 event", "12 events", with the number formatted for the language. */
export function countOf(count: number, singular: string, plural: string, language: string): string {
  return `${formatNumber(count, language)} ${count === 1 ? singular : plural}`;
}

// Languages written right to left, by primary subtag.
const RTL = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ku-arab", "ps", "sd", "ug", "ur", "yi"]);

/** `rtl` for a right-to-left site language (Arabic, Sorani Kurdish, Persian …), else `ltr`. */
export function textDirection(language: string): "ltr" | "rtl" {
  const lower = language.toLowerCase();
  const primary = lower.split("-")[0] ?? "";
  return RTL.has(primary) || lower.startsWith("ku-arab") ? "rtl" : "ltr";
}

/** A locale Intl accepts; an invalid tag in the site config falls back to English instead of crashing. */
export function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? "en";
  } catch {
    return "en";
  }
}

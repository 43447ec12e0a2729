// What pages need to know about a language tag: its script direction, and a locale Intl accepts. Words,
// counts and numbers come from the message catalog (src/site/messages.ts), dates from src/site/dates.ts.

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

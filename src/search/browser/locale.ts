// Sorting filter values (names, years and tags from content) in the site's language, the page's
// data-language, falling back to English when the browser does not know it, as Intl throws for a
// malformed tag. Numbers are the messages' (page-messages.ts), written in their catalog's language.

export interface Formats {
  /** Numeric, so "2" sorts before "10" among filter values. */
  collator: Intl.Collator;
}

export function formatsFor(language: string): Formats {
  return {
    collator: safely(
      () => new Intl.Collator(language, { numeric: true }),
      () => new Intl.Collator("en", { numeric: true }),
    ),
  };
}

function safely<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}

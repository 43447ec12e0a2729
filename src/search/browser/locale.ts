// Numbers and sorting in the site's language (the page's data-language), falling back to English when
// the browser does not know it, as Intl throws for a malformed tag.

export interface Formats {
  numbers: Intl.NumberFormat;
  /** Numeric, so "2" sorts before "10" among filter values. */
  collator: Intl.Collator;
}

export function formatsFor(language: string): Formats {
  return {
    numbers: safely(() => new Intl.NumberFormat(language), () => new Intl.NumberFormat("en")),
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

// The url() references of a stylesheet, for the font copier and the tests that check every asset resolves.

/** Every url() in a stylesheet, in order, without quotes; comments are skipped. */
export function cssUrls(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) =>
    m[2]!.trim(),
  );
}

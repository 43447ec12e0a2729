// URL slugs for ids: lower-case a-z, 0-9 and single hyphens, never empty.
import anyAscii from "any-ascii";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/**
 * Turns any name into a slug. Names in other scripts (Arabic, Kurdish) are transliterated to Latin
 * with any-ascii, because an id must be a URL slug and a readable one beats a percent-encoded one.
 * Returns "" only when nothing letter- or digit-like remains; callers supply a fallback then.
 */
export function slugify(text: string): string {
  return anyAscii(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Which link destinations content may use: the one verdict behind what the renderer links
// (src/markup/markdown.ts) and what `check` reports (src/markup/refused-links.ts).

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * True for http:, https:, mailto: and relative or fragment URLs. markdown-it has already decoded
 * entities and percent-encoded the URL; browsers additionally ignore tabs, newlines and control
 * characters, so those are dropped before looking for a scheme ("java\tscript:" is "javascript:").
 * Anything with a colon before the first / ? # counts as a scheme, so odd forms are refused, not guessed.
 */
export function isAllowedLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme, so must we
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([^/?#:]*):/.exec(compact);
  if (!scheme) return true;
  return ALLOWED_SCHEMES.has(scheme[1]!);
}

/** Why a link is not made: its scheme, or a character reference (`&#0;`) that names no character. */
export type LinkRefusal = { kind: "scheme" } | { kind: "no-character"; reference: string };

const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;

/**
 * undefined when the link is made. `isCharacter` is markdown-it's own test of a numeric character
 * reference: it decodes every other one in a destination and leaves these as literal text, so the link
 * would point at the text `&#99999999;` rather than at anything the editor meant.
 */
export function linkRefusal(url: string, isCharacter: (code: number) => boolean): LinkRefusal | undefined {
  if (!isAllowedLink(url)) return { kind: "scheme" };
  for (const [reference, hex, decimal] of url.matchAll(NUMERIC_REFERENCE)) {
    const code = hex === undefined ? parseInt(decimal ?? "", 10) : parseInt(hex, 16);
    if (!isCharacter(code)) return { kind: "no-character", reference };
  }
  return undefined;
}

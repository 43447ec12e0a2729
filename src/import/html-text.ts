// TimelineJS headlines and texts are HTML. Imported, they become plain text: paragraphs and line breaks
// kept as paragraphs, every other tag dropped, character references decoded. Nothing of the HTML is
// ever passed through to a page.

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  middot: "·",
  copy: "©",
  deg: "°",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Paragraphs of plain text, in order; empty ones dropped. */
export function htmlParagraphs(html: string): string[] {
  const marked = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<br\s*\/?>/gi, "\n\n")
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|blockquote|tr|table)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "");
  return marked
    .split(/\n\s*\n/)
    .map((p) => decodeEntities(p).replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/** One line of plain text (a headline). */
export function htmlText(html: string): string {
  return htmlParagraphs(html).join(" ");
}

/** The href of a paragraph that is nothing but one link (`<p><a href="…">Read more</a></p>`). */
export function onlyLink(html: string): string | undefined {
  const m =
    /^\s*(?:<p\b[^>]*>)?\s*<a\b[^>]*\bhref\s*=\s*("([^"]*)"|'([^']*)')[^>]*>[\s\S]*?<\/a>\s*(?:<\/p>)?\s*$/i.exec(html);
  return m ? decodeEntities(m[2] ?? m[3] ?? "") : undefined;
}

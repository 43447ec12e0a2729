// Plain text from data placed inside a Markdown paragraph: every character Markdown could read as inline
// syntax is backslash-escaped, so a name such as `*Liwa* [1]`, `<b>` or `&#8217;` is shown as written.
// Block syntax (`#`, `-`, `1.` at a line start) cannot arise: callers never start a line with data,
// and line breaks in the data become spaces.

const INLINE_SYNTAX = /[\\`*_[\]<>&|~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(INLINE_SYNTAX, (c) => `\\${c}`);
}

// At the start of a paragraph these would open a heading, list, quote, rule or setext underline.
const BLOCK_START = /^(#{1,6}(?=\s|$)|[-+=](?=\s|$|[-+=])|\d{1,9}(?=[.)]))/;

/**
 * A body from plain text: paragraphs (separated by blank lines) kept, every other run of white space
 * one space, and every character Markdown could read as syntax escaped, at line starts too.
 */
export function markdownBody(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => escapeMarkdown(paragraph).trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) =>
      paragraph.replace(BLOCK_START, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`)),
    )
    .join("\n\n");
}

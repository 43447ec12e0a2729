// Plain text from data placed inside a Markdown paragraph: every character Markdown could read as inline
// syntax is backslash-escaped, so a name such as `*Liwa* [1]`, `<b>` or `&#8217;` is shown as written.
// Block syntax (`#`, `-`, `1.` at a line start) cannot arise: callers never start a line with data,
// and line breaks in the data become spaces.

const INLINE_SYNTAX = /[\\`*_[\]<>&|~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(INLINE_SYNTAX, (c) => `\\${c}`);
}

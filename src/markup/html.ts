// Escape by construction: every value interpolated into html`` is escaped unless it is a SafeHtml,
// and the only ways to make a SafeHtml are html`` itself and raw(), kept for our own rendered Markdown.

/** HTML that is already safe to emit: produced by html``, or by raw() for trusted renderer output. */
export class SafeHtml {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

/** What may be interpolated. Booleans render nothing, so `cond && html`...`` reads naturally. */
export type Interpolation = string | number | boolean | null | undefined | SafeHtml | readonly Interpolation[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const SPECIAL = /[&<>"']/;

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Most values (names, dates, our own URLs) have nothing to escape: testing first skips building a copy.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || typeof value === "boolean") return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

// An interpolation right after `=` would be an unquoted attribute value, which escaping cannot protect
// (a space would start a new attribute). Refuse such templates outright.
const UNQUOTED_ATTRIBUTE = /=\s*$/;

// A template's strings are one object per place in the code, so each is checked once, not per call.
const checked = new WeakSet<TemplateStringsArray>();

function checkQuoted(strings: TemplateStringsArray): void {
  for (let i = 0; i < strings.length - 1; i++) {
    if (UNQUOTED_ATTRIBUTE.test(strings[i]!)) {
      throw new Error(`html: unquoted attribute value before interpolation ${i + 1}; write attr="\${…}"`);
    }
  }
  checked.add(strings);
}

/** Tagged template: html`<p title="${title}">${text}</p>` escapes `title` and `text`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  if (!checked.has(strings)) checkQuoted(strings);
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * Marks a string as trusted HTML. Only for output of our own renderers (src/markup/markdown.ts); never for
 * anything taken from content directly.
 */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/** Joins fragments with a separator, escaping any plain strings. */
export function join(parts: readonly Interpolation[], separator: Interpolation): SafeHtml {
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(render(separator));
    out.push(render(part));
  });
  return new SafeHtml(out.join(""));
}

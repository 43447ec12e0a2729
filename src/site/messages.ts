// Looking up the words of the site in a message catalog (src/site/catalog.ts): t() for text, html() for a
// message whose placeholders hold markup (a link, a name in <bdi>), number() and list() for numbers and
// lists shown among them. Plural forms and numbers follow the catalog's own language, never the site's:
// English words take English plural rules even on a site whose content is in French. A key or parameter
// that is missing is a bug in a template, so it throws and fails the build instead of leaving a blank.
import { join, type SafeHtml } from "../markup/html.ts";
import { pluralForm } from "../markup/plural.ts";
import english from "./messages/en.json" with { type: "json" };
import {
  COUNT,
  placeholdersOf,
  SOURCE_LANGUAGE,
  textsOf,
  toCatalog,
  type Catalog,
  type Message,
  type MessageKey,
  type PluralKey,
  type TextKey,
} from "./catalog.ts";
import { safeLocale } from "./format.ts";

export type { MessageKey, PluralKey, TextKey } from "./catalog.ts";

/** Values for a message's placeholders: text as it is, numbers formatted in the catalog's language. */
export type MessageParams = Readonly<Record<string, string | number>>;
/** The same for html(), where a value may also be markup (escaped text otherwise). */
export type MarkupParams = Readonly<Record<string, string | number | SafeHtml>>;
/** A plural message's values: `count` chooses the form. */
export type Counted<P> = P & { readonly count: number };

/** A text cut at its placeholders: literal text at even indexes, placeholder names at odd ones. */
type Pieces = readonly string[];

export class Messages {
  /** The catalog's language, whose plural rules and number format its messages use. */
  readonly language: string;
  readonly #catalog: Catalog;
  readonly #locale: string;
  readonly #pieces = new Map<string, Pieces>();
  readonly #names = new Map<string, ReadonlySet<string>>();
  // A page shows the same few counts many times (every chart bar twice, every list item): each is
  // formatted once, as Intl formatting was most of a chart's cost.
  readonly #numbers = new Map<number, string>();
  readonly #numberFormat: Intl.NumberFormat;
  readonly #listFormat: Intl.ListFormat;

  /** `locale` and `digits` are an edition's (ar-IQ, arab) when it has them; the catalog's language otherwise. */
  constructor(language: string, catalog: Catalog, options: { locale?: string; digits?: string } = {}) {
    this.language = language;
    this.#catalog = catalog;
    this.#locale = safeLocale(options.locale ?? language);
    const digits = options.digits ? { numberingSystem: options.digits } : {};
    this.#numberFormat = new Intl.NumberFormat(this.#locale, digits);
    this.#listFormat = new Intl.ListFormat(this.#locale, { style: "long", type: "conjunction" });
  }

  /** A message as text: `t("search.description", { site })`, `t("events.count", { count: 12 })`. */
  t(key: TextKey, params?: MessageParams): string;
  t(key: PluralKey, params: Counted<MessageParams>): string;
  t(key: MessageKey, params: MessageParams = {}): string {
    return this.#fill(key, params, (value) => (typeof value === "number" ? this.number(value) : value)).join("");
  }

  /**
   * A message as markup: its text escaped, each placeholder's markup kept:
   * `html("entity.searchFor", { name: html`<bdi>…</bdi>` })`.
   */
  html(key: TextKey, params?: MarkupParams): SafeHtml;
  html(key: PluralKey, params: Counted<MarkupParams>): SafeHtml;
  html(key: MessageKey, params: MarkupParams = {}): SafeHtml {
    // join() escapes the plain strings (the message's own text and text values) and keeps the markup.
    return join(
      this.#fill(key, params, (value) => (typeof value === "number" ? this.number(value) : value)),
      "",
    );
  }

  /** The locale numbers are written in, digits included (`ar-IQ-u-nu-arab`), for a page's script to write them alike. */
  get numberLocale(): string {
    const { locale, numberingSystem } = this.#numberFormat.resolvedOptions();
    return `${locale.split("-u-")[0]}-u-nu-${numberingSystem}`;
  }

  /** "2,000" in English: a number as the catalog's language writes it. */
  number(value: number): string {
    let text = this.#numbers.get(value);
    if (text === undefined) this.#numbers.set(value, (text = this.#numberFormat.format(value)));
    return text;
  }

  /** "Syria, Jordan and Saudi Arabia": names joined as the catalog's language joins a list. */
  list(items: readonly string[]): string {
    return this.#listFormat.format(items);
  }

  /** Whether the catalog has a text under `key`: for keys made from content (a category word). */
  hasText(key: string): key is TextKey {
    return typeof this.#catalog[key] === "string";
  }

  /** A message as the catalog holds it, for the search page's script, which formats it in the browser. */
  entry(key: MessageKey): Message {
    return this.#message(key);
  }

  #message(key: string): Message {
    const message = this.#catalog[key];
    if (message === undefined) throw new Error(`message "${key}" is not in the ${this.language} catalog`);
    return message;
  }

  /** The pieces of the message's text (its plural form for `count`), placeholders replaced by `put`. */
  #fill<V>(key: string, params: Readonly<Record<string, V>>, put: (value: V) => V | string): (V | string)[] {
    const message = this.#message(key);
    const plural = typeof message !== "string";
    const names = this.#placeholders(key, message);
    // Checked against every form, so a missing value fails whatever the count.
    for (const name of names) {
      if (params[name] === undefined) throw new Error(`message "${key}" needs a value for {${name}}`);
    }
    for (const name of Object.keys(params)) {
      if (!names.has(name) && !(plural && name === COUNT)) {
        throw new Error(`message "${key}" has no placeholder {${name}}`);
      }
    }
    let text: string;
    if (plural) {
      const count = params[COUNT];
      if (typeof count !== "number") throw new Error(`message "${key}" has plural forms: it needs a number as {count}`);
      text = pluralForm(count, message, this.language);
    } else {
      text = message;
    }
    const pieces = this.#split(text);
    const out: (V | string)[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i % 2 === 1) out.push(put(params[piece]!));
      else if (piece !== "") out.push(piece);
    }
    return out;
  }

  /** The placeholders of every form of the message, but a plural's count: what a caller must give. */
  #placeholders(key: string, message: Message): ReadonlySet<string> {
    let names = this.#names.get(key);
    if (!names) {
      const all = new Set(textsOf(message).flatMap(placeholdersOf));
      if (typeof message !== "string") all.delete(COUNT);
      this.#names.set(key, (names = all));
    }
    return names;
  }

  #split(text: string): Pieces {
    let pieces = this.#pieces.get(text);
    if (!pieces) this.#pieces.set(text, (pieces = text.split(/\{([A-Za-z][A-Za-z0-9]*)\}/)));
    return pieces;
  }
}

/** The English catalog, src/site/messages/en.json: the words of the site until editions bring their own. */
export const englishMessages = new Messages(SOURCE_LANGUAGE, toCatalog(english, "src/site/messages/en.json"));

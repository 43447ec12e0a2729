// The search page's words: the catalog messages the page carries in the app's data-messages (written by
// _includes/search-app.ts, listed in src/search/page-messages.ts), formatted as src/site/messages.ts
// formats them at build time: `{name}` placeholders, the plural form chosen by Intl.PluralRules in the
// catalog's language, and numbers written by Intl.NumberFormat in the locale and digits of the site's
// pages (an Arabic edition's ١٢٣ where it has them). The script holds no words of its
// own, so one bundle serves every language. A message the page lacks is a bug: it throws at start.
import { SEARCH_FILTERS } from "../filters.ts";
import { SEARCH_SCRIPT_MESSAGES, type SearchScriptMessageKey } from "../page-messages.ts";

type Entry = string | Readonly<Record<string, string>>;
/** Values for a message's placeholders; numbers are formatted, and `count` chooses a plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export class PageMessages {
  private readonly entries: ReadonlyMap<string, Entry>;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;

  /** `numbers`: the locale the site's pages write numbers in, digits included; the catalog's language otherwise. */
  constructor(language: string, entries: ReadonlyMap<string, Entry>, numbers = language) {
    this.entries = entries;
    this.plurals = safely(
      () => new Intl.PluralRules(language),
      () => new Intl.PluralRules("en"),
    );
    this.numbers = safely(
      () => new Intl.NumberFormat(numbers),
      () => new Intl.NumberFormat("en"),
    );
  }

  /** A message as text: `say("search.status.query", { count: 5, query: "crossing", order })`. */
  say(key: SearchScriptMessageKey, params: MessageParams = {}): string {
    const entry = this.entries.get(key);
    if (entry === undefined) throw new Error(`the search page carries no message "${key}"`);
    let text: string;
    if (typeof entry === "string") {
      text = entry;
    } else {
      const count = params["count"];
      if (typeof count !== "number") throw new Error(`message "${key}" has plural forms: it needs a number as {count}`);
      text = entry[this.plurals.select(count)] ?? entry["other"] ?? "";
    }
    return text.replace(PLACEHOLDER, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`message "${key}" needs a value for {${name}}`);
      return typeof value === "number" ? this.number(value) : value;
    });
  }

  /** A number as the site's pages write it. */
  number(value: number): string {
    return this.numbers.format(value);
  }
}

/** The messages of the app's data-messages, each checked to be there and to be a text or plural forms. */
export function readPageMessages(app: HTMLElement): PageMessages {
  const carried: unknown = JSON.parse(app.dataset.messages ?? "null");
  const language = isRecord(carried) ? carried["language"] : undefined;
  const messages = isRecord(carried) ? carried["messages"] : undefined;
  if (typeof language !== "string" || !isRecord(messages)) throw new Error("the search page carries no data-messages");
  const wanted = [...SEARCH_SCRIPT_MESSAGES, ...SEARCH_FILTERS.flatMap((f) => [f.messages.chip, f.messages.showAll])];
  const entries = new Map<string, Entry>();
  for (const key of wanted) {
    const entry = messages[key];
    if (typeof entry === "string" || isPlural(entry)) entries.set(key, entry);
    else throw new Error(`the search page's data-messages lack "${key}"`);
  }
  const numbers = isRecord(carried) && typeof carried["numbers"] === "string" ? carried["numbers"] : language;
  return new PageMessages(language, entries, numbers);
}

/** Texts by plural category, `other` among them. */
function isPlural(value: unknown): value is Readonly<Record<string, string>> {
  if (!isRecord(value) || typeof value["other"] !== "string") return false;
  return Object.values(value).every((form) => typeof form === "string");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function safely<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}

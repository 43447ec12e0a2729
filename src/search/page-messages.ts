// The catalog messages the search page's script shows. The page carries these, as the catalog holds them
// (texts and plural forms), as JSON in the app's data-messages (_includes/search-app.ts), which the script
// reads at start (src/search/browser/page-messages.ts): the script holds no words, so one bundle serves
// every language. Shared by both sides; it imports only types, as the script bundles it.
import type { SearchFilter } from "./filters.ts";

/** The messages besides each filter's own (SearchFilter["messages"]), which the page carries as well. */
export const SEARCH_SCRIPT_MESSAGES = [
  "search.status.loading",
  "search.status.nothingPublished",
  "search.status.searchFailed",
  "search.status.resultsFailed",
  "search.status.noEvents",
  "search.status.noneFiltered",
  "search.status.noneQuery",
  "search.status.noneQueryFiltered",
  "search.status.all",
  "search.status.filtered",
  "search.status.query",
  "search.status.queryFiltered",
  "search.status.order.relevance",
  "search.status.order.newest",
  "search.status.order.oldest",
  "search.status.reach.newest",
  "search.status.reach.oldest",
  "search.pageTitle",
  "search.filters.active",
  "search.facet.events",
  "search.facet.showFewer",
  "search.active.remove",
  "search.more.progress",
  "search.more.older",
  "search.more.newer",
  "search.result.untitled",
] as const;

/** Every key the script may look up: those above, and each filter's chip and "Show all" button. */
export type SearchScriptMessageKey =
  (typeof SEARCH_SCRIPT_MESSAGES)[number] | SearchFilter["messages"]["chip" | "showAll"];

/** What data-messages holds: the catalog's language, for plural rules, the numbers' locale, and the messages. */
export interface SearchPageMessages {
  language: string;
  /** The locale the site's pages write numbers in, with their digits (`ar-IQ-u-nu-arab`). */
  numbers: string;
  /** Each as the catalog holds it: a text with {placeholders}, or such texts by plural category. */
  messages: Partial<Record<SearchScriptMessageKey, string | Partial<Record<Intl.LDMLPluralRule, string>>>>;
}

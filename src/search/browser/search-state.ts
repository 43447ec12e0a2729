// What a search is (query, checked filter values, chosen order) and how it reads in the address: the
// address is the state, so /search/?q=crossing&actor=…&sort=newest restores exactly what the reader saw.
// Filter keys are the URL parameters and Pagefind's filter keys at once (src/search/filters.ts).
import { SEARCH_FILTERS, type SearchFilterKey } from "../filters.ts";
import type { PageMessages } from "./page-messages.ts";

export type Order = "relevance" | "newest" | "oldest";

export interface SearchState {
  /** As typed; trimmed wherever it is used. */
  q: string;
  /** Checked values of each filter, each once, in the order they were checked. */
  filters: Record<SearchFilterKey, string[]>;
  /** The order the reader chose, or "" for the default (see effectiveOrder). */
  sort: Order | "";
}

export function isOrder(value: string | null): value is Order {
  return value === "relevance" || value === "newest" || value === "oldest";
}

/** The state a query string (`location.search`) describes; unknown parameters and values are ignored. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = {} as Record<SearchFilterKey, string[]>;
  for (const { key } of SEARCH_FILTERS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  }
  const sort = params.get("sort");
  return { q: params.get("q") ?? "", filters, sort: isOrder(sort) ? sort : "" };
}

/** The address of `state` on the page at `pathname`: only what differs from an empty search is written. */
export function stateUrl(state: SearchState, pathname: string): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set("q", q);
  for (const { key } of SEARCH_FILTERS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set("sort", state.sort);
  // %20 rather than +, as links elsewhere on the site write it; a literal + is already %2B.
  const query = params.toString().replace(/\+/g, "%20");
  return `${pathname}${query ? `?${query}` : ""}`;
}

/** Best match needs words to match; without a query the newest come first. */
export function effectiveOrder(state: SearchState): Order {
  if (state.sort === "newest" || state.sort === "oldest") return state.sort;
  return state.q.trim() !== "" ? "relevance" : "newest";
}

export function activeFilterCount(state: SearchState): number {
  return SEARCH_FILTERS.reduce((n, { key }) => n + state.filters[key].length, 0);
}

/** The page's title for a search: the query in quotes before the page's own title. */
export function titleFor(state: SearchState, baseTitle: string, messages: PageMessages): string {
  const q = state.q.trim();
  return q ? messages.say("search.pageTitle", { query: q, title: baseTitle }) : baseTitle;
}

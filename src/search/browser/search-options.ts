// A search state as Pagefind's search options: the checked filter values, and the sort for a date order.
import { SEARCH_FILTERS, SEARCH_SORT_KEY } from "../filters.ts";
import type { PagefindSearchOptions } from "./pagefind-api.ts";
import type { Order, SearchState } from "./search-state.ts";

/** Every record's sort key (src/search/records.ts) orders events as the timeline does. */
const SORTS: Record<Exclude<Order, "relevance">, NonNullable<PagefindSearchOptions["sort"]>> = {
  newest: { [SEARCH_SORT_KEY]: "desc" },
  oldest: { [SEARCH_SORT_KEY]: "asc" },
};

export function searchOptions(state: SearchState, order: Order): PagefindSearchOptions {
  const options: PagefindSearchOptions = { filters: pagefindFilters(state) };
  if (order !== "relevance") options.sort = SORTS[order];
  return options;
}

/** Every checked value must match: each filter narrows the results further. */
function pagefindFilters(state: SearchState): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const { key } of SEARCH_FILTERS) if (state.filters[key].length) filters[key] = state.filters[key];
  return filters;
}

// The search filters, shared by the index (src/search/records.ts) and the search page: each key is
// at once the Pagefind filter key and the URL parameter of /search/ (`/search/?place=Anbar&year=2024`),
// so urls.entitySearch() links and shared searches name filters the same way the index does. The
// entity kinds' filters come from the table of kinds (src/model/entity-kinds.ts); each filter's words are
// in the message catalogs (src/site/messages/en.json) under `search.filter.<key>.*`.
import { ENTITY_KIND, ENTITY_KINDS, type EntityKindSpec } from "../model/entity-kinds.ts";

export type SearchFilterKey = EntityKindSpec["searchFilter"] | "year" | "tag";

/** The catalog keys of a filter's words, typed so that no other key fits. */
export interface SearchFilterMessages<K extends SearchFilterKey = SearchFilterKey> {
  /** Legend of the filter's fieldset: "Places". */
  legend: `search.filter.${K}.legend`;
  /** Before a value in the list of active filters, as in "Place: Anbar". */
  chip: `search.filter.${K}.chip`;
  /** The button that lists every value: "Show all 12 places". */
  showAll: `search.filter.${K}.showAll`;
}

export interface SearchFilter<K extends SearchFilterKey = SearchFilterKey> {
  key: K;
  messages: SearchFilterMessages<K>;
}

function searchFilter<K extends SearchFilterKey>(key: K): SearchFilter<K> {
  return {
    key,
    messages: {
      legend: `search.filter.${key}.legend`,
      chip: `search.filter.${key}.chip`,
      showAll: `search.filter.${key}.showAll`,
    },
  };
}

/** In the order the search page shows them. */
export const SEARCH_FILTERS: readonly SearchFilter[] = [
  ...ENTITY_KINDS.map((kind) => searchFilter(ENTITY_KIND[kind].searchFilter)),
  searchFilter("year"),
  searchFilter("tag"),
];

/** The one sort key every record has: `?sort=newest` and `?sort=oldest` order by it. */
export const SEARCH_SORT_KEY = "date";

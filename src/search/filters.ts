// The search filters, shared by the index (src/search/records.ts) and the search page: each key is
// at once the Pagefind filter key and the URL parameter of /search/ (`/search/?place=Anbar&year=2024`),
// so urls.entitySearch() links and shared searches name filters the same way the index does. The
// entity kinds' filters and their words come from the table of kinds (src/model/entity-kinds.ts).
import { ENTITY_KIND, ENTITY_KINDS, type EntityKindSpec } from "../model/entity-kinds.ts";

export type SearchFilterKey = EntityKindSpec["searchFilter"] | "year" | "tag";

export interface SearchFilter {
  key: SearchFilterKey;
  /** Legend of the filter's fieldset on the search page. */
  label: string;
  /** Shown in the list of active filters: "Place: Anbar". */
  singular: string;
}

/** In the order the search page shows them. */
export const SEARCH_FILTERS: readonly SearchFilter[] = [
  ...ENTITY_KINDS.map((kind): SearchFilter => {
    const { searchFilter, words } = ENTITY_KIND[kind];
    return { key: searchFilter, label: words.searchHeading, singular: words.searchLabel };
  }),
  { key: "year", label: "Years", singular: "Year" },
  { key: "tag", label: "Tags", singular: "Tag" },
];

/** The one sort key every record has: `?sort=newest` and `?sort=oldest` order by it. */
export const SEARCH_SORT_KEY = "date";

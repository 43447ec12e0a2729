// Types for the part of Pagefind's browser API (/pagefind/pagefind.js, written by the build) that the search
// page calls. The pagefind npm package types only its Node indexing API (node_modules/pagefind/types), so
// these follow Pagefind's documentation (https://pagefind.app/docs/api/, /docs/js-api-filtering/,
// /docs/js-api-sorting/) and the pagefind.js of Pagefind 1.6. Only what we call or read is declared.

/** Per filter key, each value and how many records have it. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  /** Every listed value of every key must match (our filters never use Pagefind's any/none/not forms). */
  filters?: Record<string, string[]>;
  /** One sort key and its direction; without it results come best match first. */
  sort?: Record<string, "asc" | "desc">;
}

/** A result before its data is fetched. */
export interface PagefindResult {
  /** Fetches the fragment with the record's URL, text and meta: call it only for results shown. */
  data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
  /** The record's URL as the build gave it (a custom record's URL is kept as is). */
  url: string;
  /** The record's text, without the zero-width spaces that mark word breaks in some scripts. */
  content: string;
  /** The record's text with `<` and `>` as entities and word breaks kept (Pagefind 1.6 always sets it). */
  raw_content?: string;
  /** Word positions of the matches, counted in the content split on white space. */
  locations: number[];
  /** The record's meta, strings by key (src/search/record-meta.ts says which keys ours have). */
  meta: Record<string, string>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter key, how many of these results have each value. */
  filters: PagefindFilterCounts;
}

/** The module pagefind.js exports. */
/** The options of Pagefind's own that we set. */
export interface PagefindOptions {
  /**
   * Put before every result's URL. Pagefind's default is the folder above its bundle (`/ar/` for
   * /ar/pagefind/); our records' URLs are whole paths already, so ours is always `/`.
   */
  baseUrl?: string;
}

export interface PagefindApi {
  /** Sets options for every later search; call it before searching. */
  options(options: PagefindOptions): Promise<void>;
  /** Adds another index (the URL of its folder, with a trailing slash) to every later search. */
  mergeIndex(indexPath: string, options?: PagefindOptions): Promise<void>;
  /** Every filter key and value of the index, with how many records have each. */
  filters(): Promise<PagefindFilterCounts>;
  /** Starts fetching what a search for `term` needs, so the search itself is quick. */
  preload(term: string): Promise<void>;
  /** A null term finds every record that matches the filters. */
  search(term: string | null, options: PagefindSearchOptions): Promise<PagefindSearch>;
}

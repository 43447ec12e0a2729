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
  /** How well it matches; in a date-sorted search, its place in the order, the first scoring highest. */
  score: number;
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

/** The options of Pagefind's own that we set. */
export interface PagefindOptions {
  /** The URL of the index's folder, with its trailing slash. */
  basePath: string;
  /**
   * Put before every result's URL. Pagefind's default is the folder above its bundle (`/ar/` for
   * /ar/pagefind/); our records' URLs are whole paths already, so ours is always `/`.
   */
  baseUrl: string;
}

/** The module pagefind.js exports (the part we call). */
export interface PagefindModule {
  /** An index of its own, fetched from its folder on first use, beside any other the page has made. */
  createInstance(options: PagefindOptions): PagefindIndex;
}

/** One index: a part of the archive's (src/search/parts.ts). */
export interface PagefindIndex {
  /**
   * Every filter key and value of the index, with how many records have each. It fetches every filter
   * file, which a search needs before it can count its results by filter value.
   */
  filters(): Promise<PagefindFilterCounts>;
  /**
   * Starts fetching what a search for `term` needs, so the search itself is quick. With "" it opens the
   * index (its entry, meta and wasm files) and fetches nothing more; it rejects when the index is missing.
   */
  preload(term: string): Promise<void>;
  /** A null term finds every record that matches the filters. */
  search(term: string | null, options: PagefindSearchOptions): Promise<PagefindSearch>;
}

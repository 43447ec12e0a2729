// Loading the search index: Pagefind's script from the build's bundle folder, then every further part of
// a large archive's index merged into it (src/search/parts.ts), then every filter value with its count.
import type { PagefindApi, PagefindFilterCounts } from "./pagefind-api.ts";

export interface LoadedIndex {
  pagefind: PagefindApi;
  /** Every filter key and value of the whole index, with how many events have each. */
  totals: PagefindFilterCounts;
}

/**
 * `bundleUrl` is the edition's /pagefind/pagefind.js (/ar/pagefind/pagefind.js …); `partUrls` the folders of
 * the further parts, oldest events first.
 */
export async function loadIndex(bundleUrl: string, partUrls: readonly string[]): Promise<LoadedIndex> {
  // Pagefind's script is written by the build and loaded at run time, never bundled: its module is as
  // pagefind-api.ts declares it.
  const loaded: unknown = await import(bundleUrl);
  const pagefind = loaded as PagefindApi;
  // Records carry their page's whole path (/ar/events/<id>/): nothing may be put before it.
  const options = { baseUrl: "/" };
  await pagefind.options(options);
  await Promise.all(partUrls.map((url) => pagefind.mergeIndex(url, options)));
  return { pagefind, totals: await pagefind.filters() };
}

/** A site with no events yet has an index without languages, which Pagefind reports as an error. */
export function isEmptyIndex(error: unknown): boolean {
  return /no language indexes/i.test(messageOf(error));
}

/** A thrown value's message: it may be an Error, another object with a message, or anything else. */
function messageOf(error: unknown): string {
  const message = typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  return typeof message === "string" ? message : String(error);
}

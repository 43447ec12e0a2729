// One search over every part of the index (src/search/parts.ts), whose parts the page has merged.
import { foldArabicScript } from "../fold.ts";
import { SEARCH_PART_FILTER } from "../parts.ts";
import type { PagefindApi, PagefindFilterCounts, PagefindSearch, PagefindSearchOptions } from "./pagefind-api.ts";

/**
 * Pagefind orders merged results by score, and in a date-sorted search the score is a result's place in
 * its own part. Each part holds a stretch of the timeline, the first the oldest, so a sorted search runs
 * once per part and the lists are joined in order; the filter counts of the parts add up.
 * `furtherParts` is how many parts were merged into the first. The term is folded as the index's text was
 * (src/search/fold.ts), so `محافظه` finds `محافظة`.
 */
export async function searchAllParts(
  pagefind: PagefindApi,
  furtherParts: number,
  typed: string | null,
  options: PagefindSearchOptions,
): Promise<PagefindSearch> {
  const term = typed === null ? null : foldArabicScript(typed);
  if (!options.sort || furtherParts === 0) return pagefind.search(term, options);
  const numbers = Array.from({ length: furtherParts + 1 }, (_, i) => String(i + 1));
  const inPart = (n: string) => ({ ...options, filters: { ...options.filters, [SEARCH_PART_FILTER]: [n] } });
  const each = await Promise.all(numbers.map((n) => pagefind.search(term, inPart(n))));
  if (Object.values(options.sort)[0] === "desc") each.reverse();
  return {
    results: each.flatMap((search) => search.results),
    filters: sumCounts(each.map((search) => search.filters)),
  };
}

function sumCounts(parts: readonly PagefindFilterCounts[]): PagefindFilterCounts {
  const sums: PagefindFilterCounts = {};
  for (const counts of parts) {
    for (const [key, values] of Object.entries(counts)) {
      const sum = (sums[key] ??= {});
      for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + count;
    }
  }
  return sums;
}

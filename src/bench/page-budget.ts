// The reader-facing budgets (issue #7) on the benchmarked site: an event page with its stylesheets under
// 50 kB, and no JavaScript on any page but search; and what an embed weighs in someone's article (its page
// with the stylesheet and script it loads). test/sample-site.test.ts checks them on the sample; here
// they are reported for the archive at hand, whose pages are larger (longer bodies, maps, more chips).
import { promises as fs } from "node:fs";
import path from "node:path";
import { listTree } from "../publish/walk.ts";
import { median } from "./median.ts";

export const EVENT_PAGE_BUDGET = 50 * 1024;

export interface PageBudget {
  eventPages: number;
  /** Event page HTML plus the stylesheets it links. */
  medianEventBytes: number;
  largestEventBytes: number;
  largestEventPage: string;
  /** Event pages over EVENT_PAGE_BUDGET. */
  overBudget: number;
  /** Pages with a script, other than the search page and the embeds (made for iframes). */
  pagesWithScript: number;
  embedPages: number;
  /** An embed page's HTML plus the stylesheet and script it loads. */
  medianEmbedBytes: number;
  largestEmbedBytes: number;
}

const EMBED_PAGE = /^(?:[a-z0-9-]+\/)?embed\/(?:.+\/)?index\.html$/;

export async function measurePageBudget(siteDir: string): Promise<PageBudget> {
  const files = listTree(siteDir).filter((e) => e.kind === "file" && e.relative.endsWith(".html"));
  const sheetBytes = new Map<string, number>();
  const sizes: { page: string; bytes: number }[] = [];
  const embeds: number[] = [];
  let pagesWithScript = 0;
  /** The page's bytes with those of the stylesheets (and, for an embed, the scripts) it loads. */
  const withLoads = async (html: string, scripts: boolean) => {
    let bytes = Buffer.byteLength(html);
    const loads = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)];
    if (scripts) loads.push(...html.matchAll(/<script\b[^>]*src="([^"]+)"/g));
    for (const [, href] of loads) {
      const file = href!.split("?")[0]!;
      if (!sheetBytes.has(file)) sheetBytes.set(file, (await fs.stat(path.join(siteDir, file))).size);
      bytes += sheetBytes.get(file)!;
    }
    return bytes;
  };
  for (const file of files) {
    const html = await fs.readFile(file.absolute, "utf8");
    const embed = EMBED_PAGE.test(file.relative);
    if (embed) embeds.push(await withLoads(html, true));
    if (file.relative !== "search/index.html" && !embed && /<script\b/i.test(html)) pagesWithScript++;
    if (!/^events\/[^/]+\/index\.html$/.test(file.relative)) continue;
    sizes.push({ page: `/${file.relative}`, bytes: await withLoads(html, false) });
  }
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: "", bytes: 0 });
  return {
    eventPages: sizes.length,
    medianEventBytes: median(sizes.map((s) => s.bytes)),
    largestEventBytes: largest.bytes,
    largestEventPage: largest.page,
    overBudget: sizes.filter((s) => s.bytes >= EVENT_PAGE_BUDGET).length,
    pagesWithScript,
    embedPages: embeds.length,
    medianEmbedBytes: median(embeds),
    largestEmbedBytes: Math.max(0, ...embeds),
  };
}

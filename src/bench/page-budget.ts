// The reader-facing budgets (issue #7) on the benchmarked site: an event page with its stylesheets under
// 50 kB, and no JavaScript on any page but search. test/sample-site.test.ts checks them on the sample; here
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
  /** Pages with a script, other than the search page. */
  pagesWithScript: number;
}

export async function measurePageBudget(siteDir: string): Promise<PageBudget> {
  const files = (await listTree(siteDir)).filter((e) => e.kind === "file" && e.relative.endsWith(".html"));
  const sheetBytes = new Map<string, number>();
  const sizes: { page: string; bytes: number }[] = [];
  let pagesWithScript = 0;
  for (const file of files) {
    const html = await fs.readFile(file.absolute, "utf8");
    if (file.relative !== "search/index.html" && /<script\b/i.test(html)) pagesWithScript++;
    if (!/^events\/[^/]+\/index\.html$/.test(file.relative)) continue;
    let bytes = Buffer.byteLength(html);
    for (const [, href] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const sheet = href!.split("?")[0]!;
      if (!sheetBytes.has(sheet)) sheetBytes.set(sheet, (await fs.stat(path.join(siteDir, sheet))).size);
      bytes += sheetBytes.get(sheet)!;
    }
    sizes.push({ page: `/${file.relative}`, bytes });
  }
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: "", bytes: 0 });
  return {
    eventPages: sizes.length,
    medianEventBytes: median(sizes.map((s) => s.bytes)),
    largestEventBytes: largest.bytes,
    largestEventPage: largest.page,
    overBudget: sizes.filter((s) => s.bytes >= EVENT_PAGE_BUDGET).length,
    pagesWithScript,
  };
}

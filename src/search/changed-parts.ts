// Search indexes brought up to date part by part (see src/search/parts.ts): a part is indexed again only
// when a digest of its records differs from the one it was last written with. The dev server keeps its
// served indexes this way after each edit (src/search/live-search.ts), and a build with the build cache
// (src/cache/) its copy of the last build's site.
import { createHash } from "node:crypto";
import { promises as fs, rmSync } from "node:fs";
import path from "node:path";
import type { CustomRecord } from "pagefind";
import { indexSearch, type SearchInput, type SearchReport } from "./index-search.ts";
import { searchParts, type SearchPart } from "./parts.ts";
import { siteEditions } from "../site/site-editions.ts";

/** A digest of each part's records, by the part's folder (`pagefind`, `ar/pagefind/part-2` …). */
export type PartDigests = ReadonlyMap<string, string>;

export interface ChangedPartsReport extends SearchReport {
  /** Every part's digest as it now is in the site folder; undefined when Pagefind reported problems. */
  digests?: PartDigests;
}

/**
 * Indexes into `siteDir` every part whose records differ from `previous` (every part when it is
 * undefined) and leaves the others as they are there. `kept` tells of parts known to hold the records
 * `previous` was made of, whose records need not be made to find so. New parts are written into
 * `scratchDir` (made and removed here, on the site folder's file system) and moved over the site's once
 * all are written, so a search page never meets half a part.
 */
export async function indexChangedParts(
  siteDir: string,
  scratchDir: string,
  input: Omit<SearchInput, "stagingDir" | "unchanged" | "kept">,
  previous: PartDigests | undefined,
  kept?: (part: SearchPart) => boolean,
): Promise<ChangedPartsReport> {
  const events = input.timeline.events.length;
  const indexes = siteEditions(input.model.site).map((edition) =>
    searchParts(events, input.eventsPerSearchPart, edition.prefix),
  );
  // With another number of parts, every record's part label and every part's span changed.
  const count = indexes.reduce((sum, parts) => sum + parts.length, 0);
  const known = previous?.size === count ? previous : undefined;
  const digests = new Map<string, string>();
  const unchanged = (part: SearchPart, records: readonly CustomRecord[]) => {
    const digest = createHash("sha256").update(JSON.stringify(records)).digest("base64");
    digests.set(part.dir, digest);
    return known?.get(part.dir) === digest;
  };
  const keep = (part: SearchPart) => {
    const digest = known?.get(part.dir);
    if (digest === undefined || !kept?.(part)) return false;
    digests.set(part.dir, digest);
    return true;
  };
  try {
    // Synchronous (a folder normally absent), so the first changed part reaches Pagefind before the caller
    // moves on to rendering (src/build-from-cache.ts).
    rmSync(scratchDir, { recursive: true, force: true });
    const report = await indexSearch({ ...input, stagingDir: scratchDir, unchanged, kept: keep });
    if (report.problems.length > 0) return report;
    const written = new Set(report.written.map((part) => part.dir));
    for (const parts of indexes) {
      const fresh = parts.filter((part) => written.has(part.dir));
      if (fresh.length === 0) continue;
      const [from, to] = [path.join(scratchDir, parts[0]!.dir), path.join(siteDir, parts[0]!.dir)];
      if (fresh.length === parts.length) {
        await fs.rm(to, { recursive: true, force: true });
        await fs.mkdir(path.dirname(to), { recursive: true });
        await fs.rename(from, to);
      } else {
        await moveParts(from, to, fresh, parts);
      }
    }
    return { ...report, digests };
  } finally {
    await fs.rm(scratchDir, { recursive: true, force: true });
  }
}

/**
 * Replaces the site folder's copies of the parts written. The first part's files sit at the top of the
 * index folder, beside the other parts' folders (`part-2/` …), so it is replaced file by file.
 */
async function moveParts(
  from: string,
  to: string,
  written: readonly SearchPart[],
  parts: readonly SearchPart[],
): Promise<void> {
  const nested = new Set(parts.slice(1).map((part) => path.basename(part.dir)));
  for (const part of written) {
    if (part.number === 1) continue;
    const name = path.basename(part.dir);
    await fs.rm(path.join(to, name), { recursive: true, force: true });
    await fs.rename(path.join(from, name), path.join(to, name));
  }
  if (!written.some((part) => part.number === 1)) return;
  for (const name of await fs.readdir(to)) {
    if (!nested.has(name)) await fs.rm(path.join(to, name), { recursive: true, force: true });
  }
  for (const name of await fs.readdir(from)) {
    if (!nested.has(name)) await fs.rename(path.join(from, name), path.join(to, name));
  }
}

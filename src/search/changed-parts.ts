// Search indexes brought up to date part by part (see src/search/parts.ts): a part is indexed again only
// when a digest of its records differs from the one it was last written with. The dev server keeps its
// served indexes this way after each edit (src/search/live-search.ts), and a build with the build cache
// (src/cache/) its copy of the last build's site.
import { createHash } from "node:crypto";
import { existsSync, promises as fs, rmSync } from "node:fs";
import path from "node:path";
import type { CustomRecord } from "pagefind";
import { indexSearch, type SearchInput, type SearchReport } from "./index-search.ts";
import { applyPartChanges, NESTED_PART, PART_ENTRY } from "./part-files.ts";
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
 * all are written, so a search page never meets half a part. With `fileByFile`, a part the site holds a
 * copy of is written over it file by file (src/search/part-files.ts): only what differs is written and
 * moved. Not for a folder something else may replace meanwhile (the dev server's): its changes would be
 * applied to another copy than the one they were worked out against.
 */
export async function indexChangedParts(
  siteDir: string,
  scratchDir: string,
  input: Omit<SearchInput, "stagingDir" | "unchanged" | "kept" | "previousCopy">,
  previous: PartDigests | undefined,
  kept?: (part: SearchPart) => boolean,
  { fileByFile = false } = {},
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
    const previousCopy = (part: SearchPart) => {
      const copy = path.join(siteDir, part.dir);
      return fileByFile && existsSync(path.join(copy, PART_ENTRY)) ? copy : undefined;
    };
    const report = await indexSearch({ ...input, stagingDir: scratchDir, unchanged, kept: keep, previousCopy });
    if (report.problems.length > 0) return report;
    const written = new Set(report.written.map((part) => part.dir));
    for (const parts of indexes) {
      const fresh = parts.filter((part) => written.has(part.dir));
      if (fresh.length === 0) continue;
      const [from, to] = [path.join(scratchDir, parts[0]!.dir), path.join(siteDir, parts[0]!.dir)];
      for (const part of fresh) {
        const changes = report.changes.get(part.dir);
        if (changes) await applyPartChanges(path.join(scratchDir, part.dir), path.join(siteDir, part.dir), changes);
      }
      const whole = fresh.filter((part) => !report.changes.has(part.dir));
      if (whole.length === parts.length) {
        await fs.rm(to, { recursive: true, force: true });
        await fs.mkdir(path.dirname(to), { recursive: true });
        await fs.rename(from, to);
      } else {
        if (whole.length > 0) await moveParts(from, to, whole, parts);
        await removeFormerParts(to, parts);
      }
    }
    return { ...report, digests };
  } finally {
    await fs.rm(scratchDir, { recursive: true, force: true });
  }
}

/** Removes the folders of parts the index no longer has (`part-7/` when there are six now). */
async function removeFormerParts(dir: string, parts: readonly SearchPart[]): Promise<void> {
  const current = new Set(parts.slice(1).map((part) => path.basename(part.dir)));
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && NESTED_PART.test(entry.name) && !current.has(entry.name))
      await fs.rm(path.join(dir, entry.name), { recursive: true, force: true });
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

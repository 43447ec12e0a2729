// The dev server's search indexes (one per edition), kept up to date part by part. The dev site splits each
// index into small parts (src/search/parts.ts); after an edit, only the parts whose records changed are indexed again,
// written beside the live index and moved over it. An edit to one event changes the records of its part
// only, unless it moves events from one part to another or renames an entity that many records name: at
// 10,000 events the search then follows an edit after one part of 2,000 records, not all 10,000.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { CustomRecord } from "pagefind";
import { indexSearch } from "./index-search.ts";
import { searchParts, type SearchPart } from "./parts.ts";
import type { SiteData } from "../site/site-data.ts";
import { siteEditions } from "../site/site-editions.ts";

/** Events per part of the dev site's index: small, so that one edit re-indexes little. */
export const DEV_EVENTS_PER_SEARCH_PART = 2000;

export class LiveSearch {
  /** A digest of each part's records as they are live, by the part's folder; undefined when not known. */
  private live: Map<string, string> | undefined;
  /** Counts forget() calls, so a refresh that was running then does not vouch for the new folder. */
  private generation = 0;

  constructor(
    private readonly outputDir: string,
    private readonly eventsPerPart: number,
  ) {}

  /** The live index is gone or unknown (the whole site folder was replaced): the next refresh writes every part. */
  forget(): void {
    this.live = undefined;
    this.generation++;
  }

  /**
   * Indexes the parts whose records changed, in every edition's index, and puts them live; throws when
   * Pagefind reports a problem.
   */
  async refresh(data: SiteData): Promise<void> {
    const events = data.originalTimeline.events.length;
    const indexes = siteEditions(data.original.site).map((edition) =>
      searchParts(events, this.eventsPerPart, edition.prefix),
    );
    // With another number of parts, every record's part label and every part's span changed.
    const count = indexes.reduce((sum, parts) => sum + parts.length, 0);
    const previous = this.live?.size === count ? this.live : undefined;
    const generation = this.generation;
    const digests = new Map<string, string>();
    const unchanged = (part: SearchPart, records: readonly CustomRecord[]) => {
      const digest = createHash("sha256").update(JSON.stringify(records)).digest("base64");
      digests.set(part.dir, digest);
      return previous?.get(part.dir) === digest;
    };
    // Written beside the live index and moved over it, so the search page never sees half a part.
    const staging = path.join(this.outputDir, ".search-next");
    try {
      await fs.rm(staging, { recursive: true, force: true });
      const report = await indexSearch({
        model: data.original,
        timeline: data.originalTimeline,
        stagingDir: staging,
        outputDir: this.outputDir,
        eventsPerSearchPart: this.eventsPerPart,
        background: true,
        unchanged,
      });
      if (report.problems.length > 0) throw new Error(report.problems[0]!.message);
      const written = new Set(report.written.map((part) => part.dir));
      for (const parts of indexes) {
        const fresh = parts.filter((part) => written.has(part.dir));
        if (fresh.length === 0) continue;
        const [from, to] = [path.join(staging, parts[0]!.dir), path.join(this.outputDir, parts[0]!.dir)];
        if (fresh.length === parts.length) {
          await fs.rm(to, { recursive: true, force: true });
          await fs.mkdir(path.dirname(to), { recursive: true });
          await fs.rename(from, to);
        } else {
          await moveParts(from, to, fresh, parts);
        }
      }
      if (this.generation === generation) this.live = digests;
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }
}

/**
 * Replaces the live copies of the parts written. The first part's files sit at the top of the index
 * folder, beside the other parts' folders (`part-2/` …), so it is replaced file by file.
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

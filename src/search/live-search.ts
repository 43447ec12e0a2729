// The dev server's search index, kept up to date part by part. The dev site splits its index into small
// parts (src/search/parts.ts); after an edit, only the parts whose records changed are indexed again,
// written beside the live index and moved over it. An edit to one event changes the records of its part
// only, unless it moves events from one part to another or renames an entity that many records name: at
// 10,000 events the search then follows an edit after one part of 2,000 records, not all 10,000.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { CustomRecord } from "pagefind";
import { indexSearch } from "./index-search.ts";
import { SEARCH_DIR, searchParts, type SearchPart } from "./parts.ts";
import type { SiteData } from "../site/site-data.ts";

/** Events per part of the dev site's index: small, so that one edit re-indexes little. */
export const DEV_EVENTS_PER_SEARCH_PART = 2000;

export class LiveSearch {
  /** A digest of each part's records as they are live; undefined when what is live is not known. */
  private live: string[] | undefined;
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

  /** Indexes the parts whose records changed and puts them live; throws when Pagefind reports a problem. */
  async refresh(data: SiteData): Promise<void> {
    const parts = searchParts(data.timeline.events.length, this.eventsPerPart);
    // With another number of parts, every record's part label and every part's span changed.
    const previous = this.live?.length === parts.length ? this.live : undefined;
    const generation = this.generation;
    const digests: string[] = [];
    const unchanged = (part: SearchPart, records: readonly CustomRecord[]) => {
      digests[part.number - 1] = createHash("sha256").update(JSON.stringify(records)).digest("base64");
      return previous?.[part.number - 1] === digests[part.number - 1];
    };
    // Written beside the live index and moved over it, so the search page never sees half a part.
    const staging = path.join(this.outputDir, ".search-next");
    const live = path.join(this.outputDir, SEARCH_DIR);
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
      if (report.written.length === parts.length) {
        await fs.rm(live, { recursive: true, force: true });
        await fs.rename(path.join(staging, SEARCH_DIR), live);
      } else {
        await moveParts(path.join(staging, SEARCH_DIR), live, report.written, parts);
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

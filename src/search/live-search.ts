// The dev server's search indexes (one per edition), kept up to date part by part. The dev site splits each
// index into parts as a build does (src/search/parts.ts); after an edit, only the parts whose records
// changed are indexed again (src/search/changed-parts.ts). An edit to one event changes the records of its
// part only, unless it moves events from one part to another or renames an entity that many records name:
// at 10,000 events the search then follows an edit after one part of 2,500 records, not all 10,000.
import { indexChangedParts, type PartDigests } from "./changed-parts.ts";
import type { SiteData } from "../site/site-data.ts";

export class LiveSearch {
  /** A digest of each part's records as they are live, by the part's folder; undefined when not known. */
  private live: PartDigests | undefined;
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
    const generation = this.generation;
    // Beside the served folder, not in it: a full render replaces that folder while this may be running.
    const scratch = `${this.outputDir}.search-next`;
    const report = await indexChangedParts(
      this.outputDir,
      scratch,
      {
        model: data.original,
        timeline: data.originalTimeline,
        outputDir: this.outputDir,
        eventsPerSearchPart: this.eventsPerPart,
        background: true,
      },
      this.live,
    );
    if (report.problems.length > 0) throw new Error(report.problems[0]!.message);
    if (this.generation === generation) this.live = report.digests;
  }
}

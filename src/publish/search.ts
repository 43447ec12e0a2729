// The search step of the build: a Pagefind index of every published event, written into the staging
// folder (at /pagefind/) while the pages render and before verification, so a failed index never goes
// live. Large archives get it in parts of up to 10,000 events, one after the other (src/site/search-parts.ts).
//
// Records are fed from the model with addCustomRecord, not by pointing addDirectory at the rendered pages.
// Measured here on 3,000 generated events (Pagefind 1.6 on a shared 2-CPU machine; medians of runs
// alternating in one process, wall times swinging ±30% between rounds):
//   addDirectory, whole site            7.8-9.7 s, 5.3 s Pagefind CPU (it reads and parses every page,
//                                        long entity pages included, before data-pagefind-body drops them)
//   addDirectory, events/*/index.html   4.4-6.8 s, 3.2-3.5 s Pagefind CPU
//   addCustomRecord (this file)         4.5-6.6 s, 2.6-3.2 s Pagefind CPU + 0.8-1.0 s ours (Markdown to text)
// So the two event-only routes tie on time (which one led flipped between rounds), and both take about
// half the time of indexing the whole site. Custom records win on what a record holds: filters straight
// from the model (display names and enclosing places, no markup to parse them back from), and content laid
// out for excerpts: the event's own text first with its length in meta `text_words`, then title, names,
// aliases, tags and sources, which are there to be found rather than quoted. The price: Pagefind weights
// no part of a custom record, so a word in the title counts like one in the body.
import path from "node:path";
import * as pagefind from "pagefind";
import type { Diagnostic } from "../diagnostics.ts";
import type { Timeline } from "../model/timeline.ts";
import type { Model } from "../model/types.ts";
import { SEARCH_PART_FILTER, searchParts, type SearchPart } from "../site/search-parts.ts";
import { searchRecords } from "./search-records.ts";
import { shownPath } from "./verify.ts";

export interface SearchInput {
  model: Model;
  timeline: Timeline;
  /** The staging folder the index is written into. */
  stagingDir: string;
  /** Where the staged files will live, for the `file` of index-wide problems. */
  outputDir: string;
  /** Events per part of the index (default EVENTS_PER_SEARCH_PART; tests make parts small). */
  eventsPerSearchPart?: number;
}

export interface SearchReport {
  /** Pagefind's own errors, as diagnostics: on the event's file when a record failed, else on the index. */
  problems: Diagnostic[];
  /** Records Pagefind accepted. */
  records: number;
}

/** The part of Pagefind's Node API used here; replaceable so tests can make Pagefind fail. */
export interface PagefindApi {
  createIndex: typeof pagefind.createIndex;
}

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const BATCH = 500;

/** Writes every part of the index in turn (see src/site/search-parts.ts); stops at the first that fails. */
export async function indexSearch(input: SearchInput, api: PagefindApi = pagefind): Promise<SearchReport> {
  const parts = searchParts(input.timeline.events.length, input.eventsPerSearchPart);
  const report: SearchReport = { problems: [], records: 0 };
  for (const part of parts) {
    await indexPart(input, part, parts.length > 1, api, report);
    if (report.problems.length > 0) break;
  }
  return report;
}

/** `labelled`: records carry the part filter, which a date-sorted search over several parts needs. */
async function indexPart(input: SearchInput, part: SearchPart, labelled: boolean, api: PagefindApi, report: SearchReport): Promise<void> {
  const indexFile = shownPath(input.outputDir, `${part.dir}/`);
  const problem = (file: string, rule: string, message: string) =>
    report.problems.push({ file, line: 1, column: 1, severity: "error", rule, message: `search index: ${message}` });

  const { index, errors } = await api.createIndex({ writePlayground: false });
  for (const error of errors) problem(indexFile, "search-index", error);
  if (!index) {
    if (errors.length === 0) problem(indexFile, "search-index", "Pagefind created no index");
    return;
  }

  let failed = errors.length > 0;
  try {
    // Made a batch at a time: at 100,000 events, all records at once would hold the archive's text twice.
    const events = input.timeline.events;
    for (let start = part.start; start < part.end; start += BATCH) {
      const batch = searchRecords(input.model, events.slice(start, Math.min(start + BATCH, part.end)));
      if (labelled) for (const { record } of batch) record.filters = { ...record.filters, [SEARCH_PART_FILTER]: [String(part.number)] };
      const responses = await Promise.all(batch.map(({ record }) => index.addCustomRecord(record)));
      responses.forEach((response, i) => {
        const { event } = batch[i]!;
        if (response.errors.length === 0) report.records++;
        else failed = true;
        for (const error of response.errors) problem(event.file, "search-record", `event "${event.id}": ${error}`);
      });
    }
    if (!failed) {
      const written = await index.writeFiles({ outputPath: path.join(input.stagingDir, part.dir) });
      for (const error of written.errors) problem(indexFile, "search-index", error);
    }
  } finally {
    // Frees the index in Pagefind's service, which stays up (idle, not keeping Node alive) for the next build.
    await index.deleteIndex().catch(() => undefined);
  }
}

// The search step of the build: a Pagefind index of every published event for each edition, written into
// the staging folder (at /pagefind/, /ar/pagefind/ …) while the pages render and before verification, so a
// failed index never goes live. Large archives get it in parts of about 2,500 events, one after the other (src/search/parts.ts),
// written by Pagefind from a thread of its own (src/search/search-thread.ts) once the archive is large
// enough for the thread to pay for itself.
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
import type { CustomRecord } from "pagefind";
import { shownPath, type Diagnostic } from "../diagnostics.ts";
import type { Timeline } from "../model/timeline.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { searchParts, type SearchPart } from "./parts.ts";
import { writePagefindPart, type PagefindApi, type PartOutcome } from "./pagefind-part.ts";
import type { PartChanges } from "./part-files.ts";
import { holdPagefind } from "./pagefind-here.ts";
import { SearchThread } from "./search-thread.ts";
import { searchRecords, type EventRecord } from "./records.ts";
import { searchEditions, type SearchEdition } from "./search-editions.ts";

export type { PagefindApi } from "./pagefind-part.ts";

export interface SearchInput {
  model: Model;
  timeline: Timeline;
  /** The staging folder the index is written into. */
  stagingDir: string;
  /** Where the staged files will live, for the `file` of index-wide problems. */
  outputDir: string;
  /** Events per part of the index (default EVENTS_PER_SEARCH_PART; tests make parts small). */
  eventsPerSearchPart?: number;
  /**
   * Make the records a slice at a time, letting other work run in between: the dev server refreshes
   * the index behind edits, and 10,000 records made at once held its thread for a few seconds.
   */
  background?: boolean;
  /**
   * Asked with each part's records before the part is written: a part it answers true for is left out
   * of the staging folder. The dev server answers true for parts whose records an edit did not change,
   * and keeps the copies it already serves.
   */
  unchanged?: (part: SearchPart, records: readonly CustomRecord[]) => boolean;
  /**
   * Asked before a part's records are made: a part it answers true for is known to be unchanged, and
   * neither made nor written (a build from its cache knows which events an edit touched).
   */
  kept?: (part: SearchPart) => boolean;
  /**
   * Asked before a part is written: the folder of the part's copy in the site, if it has one. Only the
   * files that differ from that copy's are then written (src/search/part-files.ts), and the report's
   * `changes` says which.
   */
  previousCopy?: (part: SearchPart) => string | undefined;
  /**
   * Feed Pagefind from its own thread (true) or from this one (false). By default the thread is used from
   * SEARCH_THREAD_FROM records (events times editions) on; tests set it to compare what the two ways write.
   * A thread started beforehand (searchThreadFor) is used as it is, and closed when the index is written.
   */
  thread?: boolean | SearchThread;
}

/**
 * The search thread the index of `records` records will be written from, started now: a build starts it
 * as soon as the content is loaded, so its start (about 0.5 s: a thread, tsx, Pagefind's module) passes
 * while the build compares the site with its cache's instead of after. Undefined below SEARCH_THREAD_FROM.
 * Whoever starts it closes it, whether or not the index used it (close() may be called twice).
 */
export function searchThreadFor(records: number): SearchThread | undefined {
  return records >= SEARCH_THREAD_FROM ? new SearchThread() : undefined;
}

/**
 * Below this many records (events times editions) Pagefind is fed from the calling thread. Starting the search thread (its own
 * module loading, tsx included) costs about 0.3 s of CPU, 0.6 s in a fresh process, and pays only once
 * rendering is long enough to starve Pagefind. Measured with `farm-bench --vs` on generated archives
 * (medians of 4 alternating builds, 2 cores), wall time from this thread over the search thread: 0.92 at
 * 300 events, 1.00 at 1,000, 1.17 at 2,500.
 */
export const SEARCH_THREAD_FROM = 1000;

export interface SearchReport {
  /** Pagefind's own errors, as diagnostics: on the event's file when a record failed, else on the index. */
  problems: Diagnostic[];
  /** Records Pagefind accepted, or found unchanged. */
  records: number;
  /** The parts written into the staging folder: all of them unless `unchanged` kept some. */
  written: SearchPart[];
  /** Of those, the parts written over a previous copy (`previousCopy`), by folder: what they change in it. */
  changes: Map<string, PartChanges>;
}

/** Where parts are written: the search thread, or Pagefind's API in this thread (tests may pass a stand-in). */
interface PartWriter {
  writePart(records: CustomRecord[], outputPath: string, previous?: string): Promise<PartOutcome>;
  close(): Promise<void>;
}

/**
 * Writes every part of the index in turn (see src/search/parts.ts); stops at the first that fails.
 * With no `api`, Pagefind's own, fed from this thread or from the search thread (see `thread`).
 */
export async function indexSearch(input: SearchInput, api?: PagefindApi): Promise<SearchReport> {
  const events = input.timeline.events.length;
  // Every edition's parts, the default edition's first: each edition has an index of its own.
  const editions = searchEditions(input.model);
  const parts = editions.flatMap((edition) =>
    searchParts(events, input.eventsPerSearchPart, edition.edition.prefix).map((part) => ({ edition, part })),
  );
  const report: SearchReport = { problems: [], records: 0, written: [], changes: new Map() };
  // Made on first use: when every part is unchanged, no thread and no Pagefind are started.
  let writer: Promise<PartWriter> | undefined;
  const writerNow = () => (writer ??= partWriter(input, events * editions.length, api));
  // Only the events are kept here, to name the file of a failed record: the thread has its own copy of the records.
  const queued: { part: SearchPart; events: TimelineEvent[]; outcome: Promise<PartOutcome> }[] = [];
  let next = 0;
  /** Sends the next part that needs writing, if any is left. */
  const queueNext = async () => {
    while (next < parts.length) {
      const { edition, part } = parts[next++]!;
      if (input.kept?.(part)) {
        report.records += part.end - part.start;
        continue;
      }
      const records = await partRecords(input, edition, part);
      const list = records.map((r) => r.record);
      if (input.unchanged?.(part, list)) {
        report.records += list.length;
        continue;
      }
      report.written.push(part);
      const outcome = (await writerNow()).writePart(
        list,
        path.join(input.stagingDir, part.dir),
        input.previousCopy?.(part),
      );
      // Awaited in turn below; a rejection seen only later must not count as unhandled meanwhile.
      outcome.catch(() => undefined);
      queued.push({ part, events: records.map((r) => r.event), outcome });
      return;
    }
  };
  try {
    // One part ahead, so the search thread starts the next part the moment one is written, even while
    // this thread is busy rendering and cannot answer.
    await queueNext();
    await queueNext();
    while (queued.length > 0) {
      const { part, events, outcome } = queued.shift()!;
      addOutcome(input, part, events, await outcome, report);
      if (report.problems.length > 0) break;
      await queueNext();
    }
  } finally {
    await (await writer)?.close();
  }
  return report;
}

/** The given API in this thread, else Pagefind's own: from the search thread for many records, else from this one. */
async function partWriter(input: SearchInput, records: number, api: PagefindApi | undefined): Promise<PartWriter> {
  if (api)
    return {
      writePart: (records, to, previous) => writePagefindPart(api, records, to, previous),
      close: async () => {},
    };
  if (input.thread instanceof SearchThread) return input.thread;
  if (input.thread ?? records >= SEARCH_THREAD_FROM) return new SearchThread();
  const pagefind = await holdPagefind();
  return {
    writePart: (records, to, previous) => writePagefindPart(pagefind.api, records, to, previous),
    close: pagefind.release,
  };
}

/** Records made at once when making them in the background. */
const BACKGROUND_SLICE = 250;

async function partRecords(input: SearchInput, edition: SearchEdition, part: SearchPart): Promise<EventRecord[]> {
  const events = input.timeline.events.slice(part.start, part.end);
  const slice = input.background ? BACKGROUND_SLICE : events.length;
  const records: EventRecord[] = [];
  for (let start = 0; start < events.length; start += slice) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const made of searchRecords(edition, events.slice(start, start + slice))) records.push(made);
  }
  return records;
}

/** Pagefind's errors become diagnostics: on the event's file for a record, else on the part's folder. */
function addOutcome(
  input: SearchInput,
  part: SearchPart,
  events: TimelineEvent[],
  outcome: PartOutcome,
  report: SearchReport,
): void {
  const problem = (file: string, rule: string, message: string) =>
    report.problems.push({ file, line: 1, column: 1, severity: "error", rule, message: `search index: ${message}` });
  const indexFile = shownPath(input.outputDir, `${part.dir}/`);
  report.records += outcome.accepted;
  if (outcome.changes) report.changes.set(part.dir, outcome.changes);
  for (const error of outcome.indexErrors) problem(indexFile, "search-index", error);
  for (const { at, errors } of outcome.recordErrors) {
    const event = events[at]!;
    for (const error of errors) problem(event.file, "search-record", `event "${event.id}": ${error}`);
  }
}

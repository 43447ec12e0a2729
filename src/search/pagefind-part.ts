// One part of the search index, written by Pagefind from records already made: create an index, add
// the records, write its files unless a record failed, and free the index in Pagefind's service. Over a
// copy the site already holds, only the files that differ from it are written (src/search/part-files.ts). Runs
// in the search thread (src/search/search-thread.ts) in a build, or in-process with a stand-in API in tests.
import type * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import { writeChangedFiles, type PartChanges } from "./part-files.ts";
import { unlessPagefindStops } from "./pagefind-process.ts";

/** The part of Pagefind's Node API used here; replaceable so tests can make Pagefind fail. */
export interface PagefindApi {
  createIndex: typeof pagefind.createIndex;
}

export interface PartOutcome {
  /** Pagefind's errors about the index as a whole (creating or writing it). */
  indexErrors: string[];
  /** Errors about single records, by the record's place in the list given. */
  recordErrors: { at: number; errors: string[] }[];
  /** Records Pagefind accepted. */
  accepted: number;
  /** Written over a previous copy: the files written into the output folder, and those gone. */
  changes?: PartChanges;
}

/** Records sent to Pagefind at once: enough to keep its service busy, few enough to bound its input. */
const BATCH = 500;

/**
 * Writes the part's index into `outputPath`: all of it, or, given `previous` (the folder of the part's
 * copy in the site), only the files that differ from that copy's, with `changes` saying which.
 */
export async function writePagefindPart(
  api: PagefindApi,
  records: readonly CustomRecord[],
  outputPath: string,
  previous?: string,
): Promise<PartOutcome> {
  const outcome: PartOutcome = { indexErrors: [], recordErrors: [], accepted: 0 };
  // Each call fails at once if Pagefind's process stops meanwhile (src/search/pagefind-process.ts).
  const { index, errors } = await unlessPagefindStops(api.createIndex({ writePlayground: false }));
  outcome.indexErrors.push(...errors);
  if (!index) {
    if (errors.length === 0) outcome.indexErrors.push("Pagefind created no index");
    return outcome;
  }
  try {
    for (let start = 0; start < records.length; start += BATCH) {
      const responses = await unlessPagefindStops(
        Promise.all(records.slice(start, start + BATCH).map((record) => index.addCustomRecord(record))),
      );
      responses.forEach((response, i) => {
        if (response.errors.length === 0) outcome.accepted++;
        else outcome.recordErrors.push({ at: start + i, errors: response.errors });
      });
    }
    if (outcome.indexErrors.length === 0 && outcome.recordErrors.length === 0) {
      if (previous === undefined) {
        const written = await unlessPagefindStops(index.writeFiles({ outputPath }));
        outcome.indexErrors.push(...written.errors);
      } else {
        const { files, errors } = await unlessPagefindStops(index.getFiles());
        outcome.indexErrors.push(...errors);
        if (errors.length === 0) outcome.changes = await writeChangedFiles(files, outputPath, previous);
      }
    }
  } finally {
    // Frees the index in Pagefind's service, which stays up for the next part or build.
    await unlessPagefindStops(index.deleteIndex()).catch(() => undefined);
  }
  return outcome;
}

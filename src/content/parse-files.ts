// Parses every content file, on all cores when there are enough files to pay for it. Parsing (YAML with
// positions, schema checks, the body's one Markdown parse) is most of loading an archive and each file
// is independent, so large archives are split into contiguous shares: one parsed here, the others in
// worker threads (src/content/parse-worker.ts). Results come back in file order either way.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ContentFile } from "./files.ts";
import { parseContentFile, type ParseOutcome } from "./parse-file.ts";
import { YamlData } from "./yaml.ts";

/** Below this many files, starting workers (~0.3 s each, importing the parser) costs more than it saves. */
const PARALLEL_FROM = 1500;
/** Workers are also memory: a few are enough to keep the cores of a CI runner busy. */
const MAX_SHARES = 4;
/**
 * A worker posts its outcomes in slices of this many files. One message for a whole share was copied
 * through a single buffer the size of everything parsed: at 100,000 events, 2.9 GB resident at once.
 */
export const OUTCOMES_PER_MESSAGE = 2000;

/** What a worker posts: a slice of outcomes in file order, then `done`. */
export type WorkerAnswer = { outcomes: ParseOutcome[] } | { done: true };

/** What a worker is given: its share of the files, and how many outcomes to post at a time. */
export interface WorkerShare {
  files: readonly ContentFile[];
  perMessage: number;
}

/**
 * `shares` forces how many threads parse and `perMessage` how many outcomes a worker posts at once
 * (tests use them to run the worker path on a few files).
 */
export async function parseContentFiles(files: readonly ContentFile[], options: { shares?: number; perMessage?: number } = {}): Promise<ParseOutcome[]> {
  const shares = options.shares ?? (files.length < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), MAX_SHARES));
  if (shares <= 1) return parseHere(files);
  const size = Math.ceil(files.length / shares);
  const parts = Array.from({ length: shares }, (_, i) => files.slice(i * size, (i + 1) * size));
  // The workers first: they start while this thread parses its own share.
  const elsewhere = parts.slice(1).map((share) => parseInWorker({ files: share, perMessage: options.perMessage ?? OUTCOMES_PER_MESSAGE }));
  const here = parseHere(parts[0]!);
  return [here, ...(await Promise.all(elsewhere))].flat();
}

/** Parses the files in this thread, one after the other. */
export function parseHere(files: readonly ContentFile[]): ParseOutcome[] {
  return files.map(parseContentFile);
}

function parseInWorker(share: WorkerShare): Promise<ParseOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parse-worker-start.mjs", import.meta.url), { workerData: share });
    const outcomes: ParseOutcome[] = [];
    worker.on("message", (answer: WorkerAnswer) => {
      if ("done" in answer) resolve(outcomes);
      else for (const outcome of revive(answer.outcomes)) outcomes.push(outcome);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a content parsing worker stopped (exit code ${code}) before it answered`)));
  });
}

/**
 * Outcomes copied as plain data (from a worker, or from the build cache's file) get the parsed YAML's
 * position methods back.
 */
export function revive(outcomes: ParseOutcome[]): ParseOutcome[] {
  for (const outcome of outcomes) {
    if (outcome.parsed) outcome.parsed.yaml = YamlData.revive(outcome.parsed.yaml);
    if (outcome.translated) outcome.translated.yaml = YamlData.revive(outcome.translated.yaml);
  }
  return outcomes;
}

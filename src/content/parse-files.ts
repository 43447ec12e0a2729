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
/** Files open at once per thread: fast on large archives without exhausting descriptors. */
const READ_BATCH = 64;

/** `shares` forces how many threads parse (tests use it to run the worker path on a few files). */
export async function parseContentFiles(files: readonly ContentFile[], options: { shares?: number } = {}): Promise<ParseOutcome[]> {
  const shares = options.shares ?? (files.length < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), MAX_SHARES));
  if (shares <= 1) return parseHere(files);
  const size = Math.ceil(files.length / shares);
  const parts = Array.from({ length: shares }, (_, i) => files.slice(i * size, (i + 1) * size));
  const [here, ...elsewhere] = await Promise.all([parseHere(parts[0]!), ...parts.slice(1).map(parseInWorker)]);
  return [here!, ...elsewhere.map(revive)].flat();
}

export async function parseHere(files: readonly ContentFile[]): Promise<ParseOutcome[]> {
  const outcomes: ParseOutcome[] = [];
  for (let i = 0; i < files.length; i += READ_BATCH) outcomes.push(...(await Promise.all(files.slice(i, i + READ_BATCH).map(parseContentFile))));
  return outcomes;
}

function parseInWorker(files: readonly ContentFile[]): Promise<ParseOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parse-worker-start.mjs", import.meta.url), { workerData: files });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a content parsing worker stopped (exit code ${code}) before it answered`)));
  });
}

/** A worker's outcomes are copies: plain data, so the parsed YAML gets its position methods back. */
function revive(outcomes: ParseOutcome[]): ParseOutcome[] {
  for (const outcome of outcomes) if (outcome.parsed) outcome.parsed.yaml = YamlData.revive(outcome.parsed.yaml);
  return outcomes;
}

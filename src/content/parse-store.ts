// Parsed content files kept between builds (the build cache, src/cache/): a file is parsed again only
// when its bytes or its place changed. Unlike the dev server's ParseCache, which trusts sizes and times
// within one process, entries are found by a digest of the file's path and bytes: a fresh clone in CI
// has new modification times on every file, and the same bytes.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ContentFile } from "./files.ts";
import type { ParseOutcome } from "./parse-file.ts";
import { parseContentFiles, revive } from "./parse-files.ts";
import type { YamlData } from "./yaml.ts";

export class ParseStore {
  /** Parsed outcomes by digest, as last saved; the files of the last parse() only, once it ran. */
  private entries: Map<string, ParseOutcome>;
  /** Files found in the store by the last parse(), and parsed again. */
  hits = 0;
  misses = 0;

  /** `saved`: what entries() returned after an earlier build (plain data, as read back from disk). */
  constructor(saved: ReadonlyMap<string, ParseOutcome> = new Map()) {
    this.entries = new Map(saved);
  }

  /** Outcomes for `files` in their order; files not listed are dropped from the store. */
  async parse(files: readonly ContentFile[]): Promise<ParseOutcome[]> {
    const digests = files.map(digestOf);
    const outcomes = digests.map((digest) => (digest === undefined ? undefined : this.entries.get(digest)));
    const stale = files.flatMap((_, i) => (outcomes[i] ? [] : [i]));
    const fresh = await parseContentFiles(stale.map((i) => files[i]!));
    stale.forEach((i, n) => (outcomes[i] = fresh[n]!));
    this.hits = files.length - stale.length;
    this.misses = stale.length;
    const kept = new Map<string, ParseOutcome>();
    digests.forEach((digest, i) => digest !== undefined && kept.set(digest, outcomes[i]!));
    this.entries = kept;
    // An outcome read back from disk is parsed YAML without its methods: given them back as it is handed out.
    const done = outcomes as ParseOutcome[];
    revive(done.filter(needsReviving));
    return done;
  }

  /**
   * What to save: the outcomes of the files of the last parse(), by digest, each without its YAML's data.
   * Only parsing reads that (the fields checked from it are kept, and the YAML's text, for positions); left
   * out, UCDP's store is 70 MB instead of 86, and a build with the cache reads it in 264 ms instead of 382.
   */
  saved(): ReadonlyMap<string, ParseOutcome> {
    return new Map([...this.entries].map(([digest, outcome]) => [digest, withoutYamlData(outcome)]));
  }
}

/**
 * The file's path (as diagnostics print it, and where it lies) and bytes. Read synchronously: several
 * times faster than through promises for thousands of small files, and the digest needs every byte.
 * A file that cannot be read has none: it is parsed, which reports the problem, and never stored.
 */
function digestOf(file: ContentFile): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch {
    return undefined;
  }
  const where = JSON.stringify([file.file, file.absolutePath, file.kind, file.translation]);
  return createHash("sha256").update(where).update(bytes).digest("base64");
}

function needsReviving(outcome: ParseOutcome): boolean {
  const yaml = outcome.parsed?.yaml ?? outcome.translated?.yaml;
  return yaml !== undefined && typeof yaml.withData !== "function";
}

/** The outcome with its YAML's data left out (positions and text kept): a copy, the outcome is left whole. */
function withoutYamlData(outcome: ParseOutcome): ParseOutcome {
  const copy = { ...outcome };
  // Plain data, as the store reads it back from disk: parse() gives the YAML its methods again.
  const strip = <T extends { yaml: YamlData }>(parsed: T): T => ({
    ...parsed,
    yaml: { ...parsed.yaml, data: undefined } as unknown as YamlData,
  });
  if (copy.parsed) copy.parsed = strip(copy.parsed);
  if (copy.translated) copy.translated = strip(copy.translated);
  return copy;
}

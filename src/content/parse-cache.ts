// Parsed content files kept between loads, for the dev server: a file is parsed again only when its
// size or modification time changed, so reloading a 10,000-event archive after one edit parses one file.
import { statSync } from "node:fs";
import type { ContentFile } from "./files.ts";
import type { ParseOutcome } from "./parse-file.ts";
import { parseContentFiles } from "./parse-files.ts";

export class ParseCache {
  private readonly entries = new Map<string, { stamp: string; outcome: ParseOutcome }>();

  /** Outcomes for `files` in their order; files no longer listed are forgotten. */
  async parse(files: readonly ContentFile[]): Promise<ParseOutcome[]> {
    const stamps = files.map((file) => stampOf(file.absolutePath));
    const stale = files.flatMap((file, i) => (this.entries.get(file.absolutePath)?.stamp === stamps[i] ? [] : [i]));
    const fresh = await parseContentFiles(stale.map((i) => files[i]!));
    stale.forEach((i, n) => this.entries.set(files[i]!.absolutePath, { stamp: stamps[i]!, outcome: fresh[n]! }));
    const listed = new Set(files.map((f) => f.absolutePath));
    for (const known of this.entries.keys()) if (!listed.has(known)) this.entries.delete(known);
    return files.map((file) => this.entries.get(file.absolutePath)!.outcome);
  }
}

/**
 * Size, modification and change times: an editor's save changes at least one of them. Synchronous on
 * purpose: several times faster than through promises (14,560 files: 0.15 s against 0.54 s, measured).
 */
function stampOf(file: string): string {
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}` : "missing"; // parsing reports a missing file
}

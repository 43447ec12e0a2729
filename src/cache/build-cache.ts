// The build cache (`.dateline/cache/` beside the content folder by default): what the last build made,
// kept so the next build makes again only what changed. It holds:
//   cache.json  what made it (the cache key, src/cache/cache-key.ts) and a digest of each file below
//   parsed.v8   every content file's parse, by a digest of its path and bytes (src/content/parse-store.ts)
//   state.v8    the model the last site was rendered from, its search parts' digests, the snapshot's manifest
//   site/       the last published site, as hard links (src/cache/site-snapshot.ts)
// A build compares its model with the cached one and renders only the pages that differ (the dev server's
// comparison, src/site/affected-pages.ts), indexes only the search parts whose records differ, and copies
// everything else from site/. A cache that is missing, partial, corrupt or made by anything else is
// ignored with a one-line note, never trusted; it is rewritten whole, and atomically, after each build.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, promises as fs, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { ParseOutcome } from "../content/parse-file.ts";
import { ParseStore } from "../content/parse-store.ts";
import type { Model } from "../model/types.ts";
import { swapIntoPlace } from "../publish/swap.ts";
import type { PartDigests } from "../search/changed-parts.ts";
import { restoreSnapshot, snapshotSite, type SnapshotManifest } from "./site-snapshot.ts";

/** Bumped whenever what the cache holds changes shape. */
const FORMAT = 1;
const INDEX = "cache.json";
const PARSED = "parsed.v8";
const STATE = "state.v8";
const SITE = "site";

interface CacheIndex {
  format: number;
  key: string;
  /** sha256 (base64) of each data file, checked before it is read. */
  digests: Record<typeof PARSED | typeof STATE, string>;
}

interface CacheState {
  /** The model the cached site was rendered from (with the build's base URL). */
  model: Model;
  search: [string, string][];
  snapshot: SnapshotManifest;
}

/** What the last build made, as the cache holds it. */
export interface PreviousBuild {
  model: Model;
  search: PartDigests;
  /** Copies the last site into the (empty) staging folder; false when its copy had changed. */
  restore(stagingDir: string): boolean;
}

/** The default cache folder: `.dateline/cache/` in the folder holding the content folder. */
export function defaultCacheDir(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), ".dateline", "cache");
}

export class BuildCache {
  private constructor(
    readonly dir: string,
    private readonly key: string,
    /** Parses content files, reusing the cached parse of every file whose path and bytes are unchanged. */
    readonly parse: ParseStore,
    /** Undefined when the cache had no usable last build. */
    readonly previous: PreviousBuild | undefined,
    private readonly note: (line: string) => void,
  ) {}

  /** Reads the cache in `dir`; anything wrong with it is told to `note` in one line, and it is left unused. */
  static open(dir: string, key: string, note: (line: string) => void): BuildCache {
    const shown = path.relative(process.cwd(), dir) || ".";
    const empty = (why?: string) => {
      if (why) note(`build cache: ${why} (${shown}); building everything`);
      return new BuildCache(dir, key, new ParseStore(), undefined, note);
    };
    if (!existsSync(path.join(dir, INDEX))) return empty(existsSync(dir) ? "incomplete, not used" : "none yet");
    let index: CacheIndex;
    try {
      index = JSON.parse(readFileSync(path.join(dir, INDEX), "utf8")) as CacheIndex;
    } catch {
      return empty("unreadable, not used");
    }
    if (index?.format !== FORMAT || index.key !== key)
      return empty("made by another Dateline or other options, not used");
    let parsed: Map<string, ParseOutcome>;
    let state: CacheState;
    try {
      parsed = readChecked(path.join(dir, PARSED), index.digests?.[PARSED]) as Map<string, ParseOutcome>;
      state = readChecked(path.join(dir, STATE), index.digests?.[STATE]) as CacheState;
      if (!(parsed instanceof Map) || !Array.isArray(state?.model?.events) || !Array.isArray(state.snapshot))
        throw new Error("not a cache");
    } catch {
      return empty("damaged, not used");
    }
    const previous: PreviousBuild = {
      model: state.model,
      search: new Map(state.search),
      restore: (stagingDir) => {
        const restored = restoreSnapshot(path.join(dir, SITE), state.snapshot, stagingDir);
        if (!restored) note(`build cache: its copy of the last site changed since (${shown}); rendering everything`);
        return restored;
      },
    };
    return new BuildCache(dir, key, new ParseStore(parsed), previous, note);
  }

  /**
   * Replaces the cache with what this build made: the published site in `outputDir`, the model it was
   * rendered from, and its search parts' digests. A cache that cannot be written is told to `note`; the
   * build it follows stands.
   */
  async save(outputDir: string, model: Model, search: PartDigests): Promise<void> {
    const next = `${this.dir}.next-${randomBytes(6).toString("hex")}`;
    try {
      await fs.mkdir(path.dirname(this.dir), { recursive: true });
      const snapshot = snapshotSite(outputDir, path.join(next, SITE));
      const state: CacheState = { model, search: [...search], snapshot };
      const index: CacheIndex = {
        format: FORMAT,
        key: this.key,
        digests: {
          [PARSED]: writeData(path.join(next, PARSED), this.parse.saved()),
          [STATE]: writeData(path.join(next, STATE), state),
        },
      };
      // Written last: a cache folder without it is incomplete and never read.
      writeFileSync(path.join(next, INDEX), `${JSON.stringify(index)}\n`);
      const old = swapIntoPlace(next, this.dir);
      if (old) rmSync(old, { recursive: true, force: true });
    } catch (error) {
      rmSync(next, { recursive: true, force: true });
      this.note(`build cache: not written (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

/** Writes `value` in V8's serialization format (Maps and nested data kept as they are) and returns its digest. */
function writeData(file: string, value: unknown): string {
  const bytes = v8.serialize(value);
  writeFileSync(file, bytes);
  return createHash("sha256").update(bytes).digest("base64");
}

/** Reads a data file, throwing unless its bytes have the digest written down for them. */
function readChecked(file: string, digest: string | undefined): unknown {
  const bytes = readFileSync(file);
  if (createHash("sha256").update(bytes).digest("base64") !== digest) throw new Error(`${file} is damaged`);
  return v8.deserialize(bytes);
}

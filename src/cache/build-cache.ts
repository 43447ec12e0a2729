// The build cache (`.dateline/cache/` beside the content folder by default): what the last builds made,
// kept so the next build makes again only what changed. It holds:
//   cache.json          what made it (src/cache/cache-key.ts), the two sites it knows, each data file's digest
//   parsed-<nn>.v8      every content file's parse, by a digest of its path and bytes (src/content/parse-store.ts),
//                       in shards by the digest's first character, so a build that parsed a few files again
//                       rewrites the few shards that hold them, not the whole store (70 MB for UCDP)
//   generation-<id>.v8  a site as the cache knows it: the model it was rendered from (but its events), its
//                       search parts' digests, where its exports' blocks lie (src/export/write-exports.ts)
//                       and its manifest (every file's size and time, src/cache/site-folders.ts)
//   events-<nn>.v8      the model's events, in shards by file (src/cache/model-store.ts), so a build that
//                       changed a few events rewrites the few shards that hold them
//   site/               the spare: a whole site of a known generation, which the next build starts from
// Two sites, because a site folder is tens of thousands of files and moving one whole costs nothing while
// copying or removing it file by file costs seconds: the next build moves the spare in as its staging
// folder and renders into it only what differs, the swap publishes it, and the site it replaced becomes
// the next spare instead of being removed, brought up to date with the few files the build changed (so
// the build after renders its own changes only). Where there is no spare (the first build after a cold
// one, or in CI, where the output folder is not kept), the published site is linked in file by file.
// A cache that is missing, incomplete, damaged or made by anything else is not used, with one line
// saying so, and a site folder that no longer matches its manifest is not used either.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, promises as fs, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { ParseOutcome } from "../content/parse-file.ts";
import { ParseStore } from "../content/parse-store.ts";
import type { ExportLayout } from "../export/write-exports.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import type { PartDigests } from "../search/changed-parts.ts";
import { readModel, writeModel, type StoredModel } from "./model-store.ts";
import { catchUp, linkTree, manifestOf, moveContents, type SiteManifest } from "./site-folders.ts";
import { listingMatches, listSite, type SiteListing } from "./site-listing.ts";

/** Bumped whenever what the cache holds changes shape. */
const FORMAT = 4;
const INDEX = "cache.json";
const SPARE = "site";
/** The parse store's shards: one per character a base64 digest starts with. */
const SHARDS = 64;
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const shardName = (n: number) => `parsed-${String(n).padStart(2, "0")}.v8`;
const shardOf = (digest: string) => shardName(BASE64.indexOf(digest[0]!) & (SHARDS - 1));
/** The cache's data files, of this format or an earlier one. */
const DATA_FILE = /^(?:parsed|generation|events)(?:-.*)?\.v8$/;

interface CacheIndex {
  format: number;
  key: string;
  /** The generation of the site last published, and the folder it was published to. */
  published?: { generation: string; dir: string };
  /** The generation of the spare site in `site/`. */
  spare?: { generation: string };
  /** sha256 (base64) of each data file (parsed-<nn>.v8, generation-<id>.v8), checked before it is read. */
  digests: Record<string, string>;
}

interface Generation {
  /** The model the site was rendered from (with the build's base URL); its events are in shards of their own. */
  model: StoredModel;
  search: [string, string][];
  manifest: SiteManifest;
  /** Where its data exports' blocks lie (src/export/write-exports.ts). */
  exports?: ExportLayout;
}

/** A site the build can start from: what it was made of, and a way to put it in the staging folder. */
export interface BaseSite {
  model: Model;
  search: PartDigests;
  exports?: ExportLayout;
  /**
   * Puts the site into the (empty) staging folder; false, with a note, when it no longer matches what
   * the cache made (the staging folder may then hold part of it, and must be emptied).
   */
  place(stagingDir: string): Promise<boolean>;
}

/** The default cache folder: `.dateline/cache/` in the folder holding the content folder. */
export function defaultCacheDir(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), ".dateline", "cache");
}

export class BuildCache {
  /** Parses content files, reusing the cached parse of every file whose path and bytes are unchanged. */
  readonly parse: ParseStore;
  private index: CacheIndex | undefined;
  /** This build moved the spare into its staging folder. */
  private spareMoved = false;
  /** The previous output became the spare. */
  private adopted = false;
  private readonly shown: string;
  /** The digests each shard of the parse store held when read, by the shard's file name. */
  private readonly shardKeys: ReadonlyMap<string, readonly string[]>;
  /** The generation this build started from, with its model and the manifest of its site. */
  private started?: { generation: string; model: Model; manifest: SiteManifest };
  /** The site folder a build would start from (the spare, else the last published site), being listed. */
  private readonly listing?: { dir: string; files: Promise<SiteListing> };

  private constructor(
    readonly dir: string,
    private readonly key: string,
    private readonly note: (line: string) => void,
    index: CacheIndex | undefined,
    shards: ReadonlyMap<string, ReadonlyMap<string, ParseOutcome>> = new Map(),
  ) {
    this.index = index;
    this.parse = new ParseStore(new Map([...shards.values()].flatMap((shard) => [...shard])));
    this.shardKeys = new Map([...shards].map(([name, shard]) => [name, [...shard.keys()]]));
    this.shown = path.relative(process.cwd(), dir) || ".";
    // As base() chooses: the spare, else the published site.
    const spare = path.join(dir, SPARE);
    const start = index?.spare && existsSync(spare) ? spare : index?.published?.dir;
    if (start && existsSync(start)) this.listing = { dir: start, files: listSite(start) };
  }

  /** Reads the cache in `dir`; anything wrong with it is told to `note` in one line, and it is left unused. */
  static open(dir: string, key: string, note: (line: string) => void): BuildCache {
    const shown = path.relative(process.cwd(), dir) || ".";
    const unused = (why: string) => {
      note(`build cache: ${why} (${shown}); building everything`);
      return new BuildCache(dir, key, note, undefined);
    };
    if (!existsSync(path.join(dir, INDEX))) return unused(existsSync(dir) ? "incomplete, not used" : "none yet");
    let index: CacheIndex;
    try {
      index = JSON.parse(readFileSync(path.join(dir, INDEX), "utf8")) as CacheIndex;
    } catch {
      return unused("unreadable, not used");
    }
    if (index?.format !== FORMAT || index.key !== key)
      return unused("made by another Dateline or other options, not used");
    try {
      const shards = new Map<string, Map<string, ParseOutcome>>();
      for (const name of Object.keys(index.digests)) {
        if (!name.startsWith("parsed-")) continue;
        const shard = readChecked(dir, name, index);
        if (!(shard instanceof Map)) throw new Error("not a cache");
        shards.set(name, shard as Map<string, ParseOutcome>);
      }
      return new BuildCache(dir, key, note, index, shards);
    } catch {
      return unused("damaged, not used");
    }
  }

  /**
   * The site this build can start from: the spare, moved in whole, else the site last published to
   * `outputDir`, linked in file by file; undefined when the cache has neither.
   */
  base(outputDir: string): BaseSite | undefined {
    const index = this.index;
    if (!index) return undefined;
    const output = path.resolve(outputDir);
    const spare = index.spare && existsSync(path.join(this.dir, SPARE)) ? index.spare : undefined;
    const published = index.published?.dir === output && existsSync(output) ? index.published : undefined;
    const chosen = spare ?? published;
    if (!chosen) return undefined;
    let generation: Generation;
    let model: Model;
    try {
      generation = readChecked(this.dir, chosen.generation, index) as Generation;
      if (!(generation?.model?.order instanceof Uint8Array) || !Array.isArray(generation.manifest))
        throw new Error("not a site");
      model = readModel(generation.model, { read: (name) => readChecked(this.dir, name, index) });
    } catch {
      this.note(`build cache: damaged, not used (${this.shown}); building everything`);
      return undefined;
    }
    this.started = { generation: chosen.generation, model, manifest: generation.manifest };
    const changed = () => {
      this.note(`build cache: its copy of the last site changed since (${this.shown}); rendering everything`);
      return false;
    };
    const matches = async (folder: string) =>
      this.listing?.dir === folder && listingMatches(await this.listing.files, generation.manifest);
    return {
      model,
      search: new Map(generation.search),
      exports: generation.exports,
      place: async (stagingDir) => {
        if (chosen === spare) {
          const folder = path.join(this.dir, SPARE);
          if (!(await matches(folder))) return changed();
          try {
            moveContents(folder, stagingDir);
          } catch (error) {
            // Across file systems (a --cache elsewhere than the output) a folder cannot be moved.
            this.note(
              `build cache: its site could not be moved beside the output (${String(error)}); rendering everything`,
            );
            return false;
          }
          this.spareMoved = true;
          return true;
        }
        if (!(await matches(output))) return changed();
        try {
          linkTree(output, stagingDir);
        } catch (error) {
          this.note(`build cache: the published site could not be linked (${String(error)}); rendering everything`);
          return false;
        }
        return true;
      },
    };
  }

  /**
   * After the swap: keeps the site just replaced as the next build's spare, when it is the one the cache
   * last published and this build started from the spare. (After a change to the site's settings both are
   * of the old settings: the new site is linked in instead, by save().) Returns whether it was kept (moved
   * into the cache). Whether it is still what was published is checked when it is next used.
   */
  async adoptPrevious(previousDir: string, outputDir: string): Promise<boolean> {
    const published = this.index?.published;
    if (!this.spareMoved || !published || published.dir !== path.resolve(outputDir)) return false;
    const spare = path.join(this.dir, SPARE);
    await fs.rm(spare, { recursive: true, force: true });
    renameSync(previousDir, spare); // throws across file systems: the replaced site is removed then
    this.adopted = true;
    return true;
  }

  /**
   * Rewrites the cache after a build that published `outputDir` from `model`: the parses, the
   * published site's generation, and the spare. `files`: every file of the published site (relative
   * paths), as the build listed them. `unchanged`: the events found to read as in the model the build
   * started from. A cache that cannot be written is told to `note`; the build it follows stands. Killed
   * half way, the cache has no cache.json, and is not used.
   */
  async save(
    outputDir: string,
    model: Model,
    search: PartDigests,
    files: readonly string[],
    exports?: ExportLayout,
    unchanged?: (event: TimelineEvent) => boolean,
  ): Promise<void> {
    const output = path.resolve(outputDir);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      rmSync(path.join(this.dir, INDEX), { force: true });
      const old = this.index;
      const digests: Record<string, string> = {};
      Object.assign(digests, this.saveParses(old));
      const generation = `generation-${randomBytes(6).toString("hex")}.v8`;
      const manifest = manifestOf(output, files);
      // The event shards on disk are those of the last published generation: kept where this build's
      // events are those of the model it started from, when it started from that generation.
      const before = this.started?.generation === old?.published?.generation ? this.started?.model : undefined;
      const written = writeModel(
        model,
        before,
        {
          write: (name, value) => writeData(path.join(this.dir, name), value),
          digestOf: (name) => old?.digests[name],
        },
        unchanged,
      );
      Object.assign(digests, written.digests);
      const data: Generation = {
        model: written.stored,
        search: [...search],
        manifest,
        ...(exports ? { exports } : {}),
      };
      digests[generation] = writeData(path.join(this.dir, generation), data);
      // The spare becomes a copy of the site just published, so the next build renders its own changes
      // only, not this one's again: the site the swap replaced, brought up to date file by file, else
      // (no such site, or it cannot be brought up to date) the published site linked in whole.
      const spareDir = path.join(this.dir, SPARE);
      const replaced = this.adopted && old?.published ? this.manifestOf(old.published.generation, old) : undefined;
      try {
        if (!replaced) throw new Error("no site to bring up to date");
        catchUp(spareDir, output, replaced, manifest);
      } catch {
        rmSync(spareDir, { recursive: true, force: true });
        linkTree(output, spareDir);
      }
      const spare: CacheIndex["spare"] = { generation };
      // Data files no longer listed go, an older cache's among them (parsed.v8 before format 3).
      for (const name of await fs.readdir(this.dir))
        if (DATA_FILE.test(name) && !(name in digests)) await fs.rm(path.join(this.dir, name), { force: true });
      const index: CacheIndex = {
        format: FORMAT,
        key: this.key,
        published: { generation, dir: output },
        spare,
        digests,
      };
      // Written last: a cache folder without it is incomplete and never read.
      writeFileSync(path.join(this.dir, INDEX), `${JSON.stringify(index)}\n`);
      this.index = index;
    } catch (error) {
      this.note(`build cache: not written (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** The manifest of a generation's site: the one this build started from, else read from its file. */
  private manifestOf(name: string, index: CacheIndex): SiteManifest | undefined {
    if (this.started?.generation === name) return this.started.manifest;
    try {
      return (readChecked(this.dir, name, index) as Generation).manifest;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes the shards of the parse store whose digests differ from those read (a shard holding the
   * same digests holds the same parses: the cache's key names the code that parsed them) and returns
   * every shard's file digest.
   */
  private saveParses(old: CacheIndex | undefined): Record<string, string> {
    const shards = new Map<string, Map<string, ParseOutcome>>();
    for (const [digest, outcome] of this.parse.saved()) {
      const name = shardOf(digest);
      const shard = shards.get(name) ?? new Map<string, ParseOutcome>();
      shards.set(name, shard.set(digest, outcome));
    }
    const digests: Record<string, string> = {};
    for (const [name, shard] of shards) {
      const before = this.shardKeys.get(name);
      const kept = old?.digests[name];
      digests[name] =
        kept && before?.length === shard.size && before.every((digest) => shard.has(digest))
          ? kept
          : writeData(path.join(this.dir, name), shard);
    }
    return digests;
  }
}

/** Writes `value` in V8's serialization format (Maps and nested data kept as they are) and returns its digest. */
function writeData(file: string, value: unknown): string {
  const bytes = v8.serialize(value);
  writeFileSync(file, bytes);
  return createHash("sha256").update(bytes).digest("base64");
}

/** Reads a data file of the cache, throwing unless its bytes have the digest written down for them. */
function readChecked(dir: string, name: string, index: CacheIndex): unknown {
  const bytes = readFileSync(path.join(dir, name));
  if (createHash("sha256").update(bytes).digest("base64") !== index.digests[name])
    throw new Error(`${name} is damaged`);
  return v8.deserialize(bytes);
}

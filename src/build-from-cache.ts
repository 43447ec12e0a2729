// The build's use of its cache: opening it (or saying in one line why it is not used), starting the staging
// folder from the site it keeps, with what changed between that site and this build's, and the render
// step, which then renders only the pages that differ.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { BuildCache } from "./cache/build-cache.ts";
import { cacheKey } from "./cache/cache-key.ts";
import { buildTimeline } from "./model/timeline.ts";
import { replaceFiles } from "./cache/site-folders.ts";
import { writeFrontMatterSchemas } from "./content/front-matter-schemas.ts";
import { unchangedEvents } from "./export/unchanged-events.ts";
import type { ExportLayout } from "./export/write-exports.ts";
import type { Model } from "./model/types.ts";
import { comparable, editionData, renderChanges, siteChanges } from "./render/render.ts";
import type { PartDigests } from "./search/changed-parts.ts";
import type { SearchPart } from "./search/parts.ts";
import type { AffectedPages } from "./site/affected-pages.ts";
import type { RenderInput, SiteData } from "./site/site-data.ts";

/** The site from the cache, in the staging folder, and what this build changes in it. */
export interface CachedStart {
  /** This build's site data, an edition each. */
  next: SiteData[];
  /** What changed on each edition (src/site/affected-pages.ts). */
  changes: AffectedPages[];
  /** The digests of the search parts in the staging folder. */
  search: PartDigests;
  /** Whether a search part holds the events it held in the cached site, none of them changed. */
  searchPartKept: (part: Pick<SearchPart, "start" | "end">) => boolean;
  /** The exports in the staging folder: what they were made from and where their blocks lie. */
  exports: { model: Model; layout?: ExportLayout };
}

/** What the render step did: the pages it rendered again (undefined: all), and the exports' layout. */
export interface RenderOutcome {
  pages?: number;
  exports?: ExportLayout;
}

/** The build cache in `cacheDir` for a build with these options, when it can be read; else a note says why. */
export function openCache(
  cacheDir: string,
  options: Parameters<typeof cacheKey>[0],
  note: (line: string) => void,
): BuildCache | undefined {
  try {
    return BuildCache.open(cacheDir, cacheKey(options), note);
  } catch (error) {
    note(
      `build cache: not used (${error instanceof Error ? (error.stack ?? error.message) : String(error)}); building everything`,
    );
    return undefined;
  }
}

/**
 * The site from the cache, placed in the staging folder, with what changed since; undefined when the cache
 * has none, when the two cannot be compared page by page (the site's settings changed), or when it no
 * longer matches what the cache made: the staging folder is then left empty.
 */
export async function startFrom(
  cache: BuildCache,
  outputDir: string,
  input: RenderInput,
  stagingDir: string,
): Promise<CachedStart | undefined> {
  const base = cache.base(outputDir);
  if (!base) return undefined;
  const timeline = buildTimeline(base.model, input);
  const data = editionData({ ...input, model: base.model, timeline });
  const next = editionData(input);
  if (!comparable(data, next)) return undefined;
  const changes = siteChanges(data, next);
  if (await base.place(stagingDir)) {
    const searchPartKept = partsKept(timeline.events, input.timeline.events, changes);
    return { next, changes, search: base.search, searchPartKept, exports: { model: base.model, layout: base.exports } };
  }
  for (const name of await fs.readdir(stagingDir))
    await fs.rm(path.join(stagingDir, name), { recursive: true, force: true });
  return undefined;
}

/**
 * Renders the site into the staging folder: every page, or, with a site from the cache there (`before`),
 * the pages that differ from it. Returns the number of pages rendered then.
 */
export async function renderStep(
  render: (input: RenderInput, outputDir: string) => Promise<ExportLayout | undefined | void>,
  input: RenderInput,
  before: CachedStart | undefined,
  stagingDir: string,
): Promise<RenderOutcome> {
  if (!before) {
    const exports = (await render(input, stagingDir)) ?? undefined;
    // The same for every build of this Dateline: a site from the cache has them already.
    await writeFrontMatterSchemas(stagingDir);
    return { exports };
  }
  // Rendered beside, then moved over: the staging folder's files may be hard links to the published site's.
  const renderInto = path.join(stagingDir, ".render-next");
  const { layout, model } = before.exports;
  const previous = layout && { dir: stagingDir, layout, unchanged: unchangedEvents(model, input.model) };
  const { pages, exports } = await renderChanges(before.changes, before.next, stagingDir, {
    exports: true,
    renderInto,
    previous,
  });
  if (existsSync(renderInto)) replaceFiles(renderInto, stagingDir);
  // Nothing rendered: the exports in the staging folder are the cached site's, as its layout says.
  return { pages, exports: exports ?? layout };
}

/**
 * Whether a stretch of the published events (a search part's) holds the same events as before, in the same
 * places, none of them changed: then its search records are the ones the cached site's index was made of.
 * An event's record shows what its page shows (its text, date, names, the places enclosing its places), so
 * an event whose record changed is one whose page is rendered again, in some edition. With another number of
 * events, every part's bounds moved.
 */
function partsKept(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  changes: readonly AffectedPages[],
): CachedStart["searchPartKept"] {
  const changed = new Set(changes.flatMap(({ selection }) => selection.events.map((event) => event.id)));
  return ({ start, end }) => {
    if (before.length !== after.length) return false;
    for (let i = start; i < end; i++) if (before[i]!.id !== after[i]!.id || changed.has(after[i]!.id)) return false;
    return true;
  };
}

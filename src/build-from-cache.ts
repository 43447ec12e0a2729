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
import { unchangedEvents } from "./model/unchanged-events.ts";
import type { ExportLayout } from "./export/write-exports.ts";
import type { TimelineEvent } from "./model/types.ts";
import { comparable, editionData, renderChanges, siteChanges } from "./render/render.ts";
import type { PartDigests } from "./search/changed-parts.ts";
import { searchParts, type SearchPart } from "./search/parts.ts";
import type { AffectedPages } from "./site/affected-pages.ts";
import type { RenderInput, SiteData } from "./site/site-data.ts";

/**
 * The site from the cache, in the staging folder, and what this build changes in it. What the search
 * keeps is known at once, so the index starts; what the pages change is worked out by the render step.
 */
export interface CachedStart {
  /** This build's site data, an edition each, and what changed on each (src/site/affected-pages.ts). */
  pages: () => { next: SiteData[]; changes: AffectedPages[] };
  /** The digests of the search parts in the staging folder. */
  search: PartDigests;
  /** Whether a search part holds the events it held in the cached site, none of them changed. */
  searchPartKept: (part: Pick<SearchPart, "start" | "end">) => boolean;
  /** The exports in the staging folder: where their blocks lie, and which events' blocks are unchanged. */
  exports: { layout?: ExportLayout; unchanged: (event: TimelineEvent) => boolean };
}

/** Renders every page and the exports into a folder; returns the exports' layout (a test's stand-in may not). */
export type RenderEverything = (input: RenderInput, outputDir: string) => Promise<ExportLayout | undefined | void>;

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
 * has none, when the site's settings changed (every page shows them), or when it no longer matches what the
 * cache made: the staging folder is then left empty.
 */
export async function startFrom(
  cache: BuildCache,
  outputDir: string,
  input: RenderInput,
  stagingDir: string,
): Promise<CachedStart | undefined> {
  const base = cache.base(outputDir);
  // Every page's site data derives from the site's settings: equal settings, comparable sites.
  if (!base || JSON.stringify(base.model.site) !== JSON.stringify(input.model.site)) return undefined;
  if (!(await base.place(stagingDir))) {
    for (const name of await fs.readdir(stagingDir))
      await fs.rm(path.join(stagingDir, name), { recursive: true, force: true });
    return undefined;
  }
  const timeline = buildTimeline(base.model, input);
  const unchanged = unchangedEvents(base.model, input.model);
  return {
    pages: () => {
      const data = editionData({ ...input, model: base.model, timeline });
      const next = editionData(input);
      if (!comparable(data, next)) throw new Error("the cached site's settings compare equal but its pages do not");
      return { next, changes: siteChanges(data, next) };
    },
    search: base.search,
    searchPartKept: partsKept(timeline.events, input.timeline.events, unchanged, input.eventsPerSearchPart),
    exports: { layout: base.exports, unchanged },
  };
}

/**
 * Renders the site into the staging folder: every page, or, with a site from the cache there (`before`),
 * the pages that differ from it; and the data exports. Returns the pages rendered then, and where the
 * exports' blocks lie.
 */
export async function renderStep(
  render: RenderEverything,
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
  const { layout, unchanged } = before.exports;
  const previous = layout && { dir: stagingDir, layout, unchanged };
  // Comparing the sites' pages holds this thread for about half a second: first let the search step,
  // started beside this one, make the records of its first changed part and send them to Pagefind.
  await new Promise((resolve) => setImmediate(resolve));
  const { next, changes } = before.pages();
  const { pages, exports } = await renderChanges(changes, next, stagingDir, {
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
 * places, each reading as it did (src/model/unchanged-events.ts): then its search records are the ones the
 * cached site's index was made of. A part is kept only where the cached site had a part of the same bounds
 * (an event added at the newest end moves the newest part's end alone).
 */
function partsKept(
  before: readonly TimelineEvent[],
  after: readonly TimelineEvent[],
  unchanged: (event: TimelineEvent) => boolean,
  perPart: number | undefined,
): CachedStart["searchPartKept"] {
  const bounds = new Set(searchParts(before.length, perPart).map(({ start, end }) => `${start} ${end}`));
  return ({ start, end }) => {
    if (!bounds.has(`${start} ${end}`)) return false;
    for (let i = start; i < end; i++) if (before[i]!.id !== after[i]!.id || !unchanged(after[i]!)) return false;
    return true;
  };
}

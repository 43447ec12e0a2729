// The build's use of its cache: opening it (or saying in one line why it is not used), starting the staging
// folder from the site it keeps, with that site's data and this build's to compare page by page, and the
// render step, which then renders only the pages that differ.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { BuildCache } from "./cache/build-cache.ts";
import { cacheKey } from "./cache/cache-key.ts";
import { buildTimeline } from "./model/timeline.ts";
import { replaceFiles } from "./cache/site-folders.ts";
import { writeFrontMatterSchemas } from "./content/front-matter-schemas.ts";
import { comparable, editionData, renderChanges, type renderSite } from "./render/render.ts";
import type { PartDigests } from "./search/changed-parts.ts";
import type { RenderInput, SiteData } from "./site/site-data.ts";

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
 * The site from the cache, placed in the staging folder, with its data and this build's to compare;
 * undefined when the cache has none, when the two cannot be compared page by page (the site's settings
 * changed), or when it no longer matches what the cache made: the staging folder is then left empty.
 */
export async function startFrom(
  cache: BuildCache,
  outputDir: string,
  input: RenderInput,
  stagingDir: string,
): Promise<{ data: SiteData[]; next: SiteData[]; search: PartDigests } | undefined> {
  const base = cache.base(outputDir);
  if (!base) return undefined;
  const data = editionData({ ...input, model: base.model, timeline: buildTimeline(base.model, input) });
  const next = editionData(input);
  if (!comparable(data, next)) return undefined;
  if (base.place(stagingDir)) return { data, next, search: base.search };
  for (const name of await fs.readdir(stagingDir))
    await fs.rm(path.join(stagingDir, name), { recursive: true, force: true });
  return undefined;
}

/**
 * Renders the site into the staging folder: every page, or, with a site from the cache there (`before`),
 * the pages that differ from it. Returns the number of pages rendered then.
 */
export async function renderStep(
  render: typeof renderSite,
  input: RenderInput,
  before: { data: SiteData[]; next: SiteData[] } | undefined,
  stagingDir: string,
): Promise<number | undefined> {
  if (!before) {
    await render(input, stagingDir);
    // The same for every build of this Dateline: a site from the cache has them already.
    await writeFrontMatterSchemas(stagingDir);
    return undefined;
  }
  // Rendered beside, then moved over: the staging folder's files may be hard links to the published site's.
  const renderInto = path.join(stagingDir, ".render-next");
  const pages = await renderChanges(before.data, before.next, stagingDir, { exports: true, renderInto });
  if (existsSync(renderInto)) replaceFiles(renderInto, stagingDir);
  return pages;
}

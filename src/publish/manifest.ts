// Nothing published disappears silently. Every build writes /data/manifest.json, the addresses it
// publishes (pages, feeds, data files), with the content file each event page came from. The next build
// compares its own staged site with the published manifest, before anything is swapped in: an address
// that was published and is now neither a page, nor a redirect, nor a withdrawn event's notice stops the
// build, naming the file and the ways to keep it (or `--allow-removals` for a removal on purpose).
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import type { TreeEntry } from "./walk.ts";

export const MANIFEST_PATH = "data/manifest.json";

export interface Manifest {
  /** Every address the site publishes, sorted: `/`, `/events/<id>/`, `/feed.xml`, `/data/events.csv` … */
  urls: string[];
  /** The content file an address was made from (from the content folder), where one was: event pages. */
  sources: Record<string, string>;
}

/** What counts as a published address: pages, feeds and data, not search fragments, assets or the editor. */
function addressOf(relative: string): string | undefined {
  if (/^(?:[a-z0-9-]+\/)?pagefind\//.test(relative) || /^(?:assets|admin|schemas)\//.test(relative)) return undefined;
  if (relative === MANIFEST_PATH) return undefined;
  if (relative.endsWith("/index.html") || relative === "index.html")
    return `/${relative.slice(0, -"index.html".length)}`;
  if (/\.(?:html|xml|json|csv|geojson)$/.test(relative) || relative === "_redirects") return `/${relative}`;
  return undefined;
}

/**
 * The manifest of a staged site from its listing; `sources` maps addresses to content files. `drafts` are
 * left out: a preview build (`--drafts`) shows them, and the next build may drop them without a word.
 */
export function manifestOf(
  entries: readonly TreeEntry[],
  sources: ReadonlyMap<string, string>,
  drafts: ReadonlySet<string> = new Set(),
): Manifest {
  const urls = entries.flatMap((entry) => {
    const url = entry.kind === "file" ? addressOf(entry.relative) : undefined;
    return url === undefined || drafts.has(url) ? [] : [url];
  });
  urls.sort();
  const known = Object.fromEntries(urls.flatMap((url) => (sources.has(url) ? [[url, sources.get(url)!]] : [])));
  return { urls, sources: known };
}

/**
 * Writes the manifest into `siteDir`. The file is replaced, never written into: in a build that started
 * from the cache, the staged file may be a hard link to the published one.
 */
export async function writeManifest(siteDir: string, manifest: Manifest): Promise<void> {
  const file = path.join(siteDir, MANIFEST_PATH);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.rm(file, { force: true });
  await fs.writeFile(file, `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The published site's manifest; undefined when there is none (a first build) or it cannot be read. */
export async function readManifest(siteDir: string): Promise<Manifest | undefined> {
  try {
    const value = JSON.parse(await fs.readFile(path.join(siteDir, MANIFEST_PATH), "utf8")) as Partial<Manifest>;
    if (!Array.isArray(value.urls) || !value.urls.every((u) => typeof u === "string")) return undefined;
    return { urls: value.urls, sources: value.sources && typeof value.sources === "object" ? value.sources : {} };
  } catch {
    return undefined;
  }
}

/** An error for each address of `published` that `next` no longer has; `contentDir` to name its file. */
export function removedAddresses(published: Manifest, next: Manifest, contentDir: string): Diagnostic[] {
  const shown = (file: string) => path.relative(process.cwd(), path.join(contentDir, file)).split(path.sep).join("/");
  const kept = new Set(next.urls);
  return published.urls
    .filter((url) => !kept.has(url))
    .map((url) => {
      const source = published.sources[url];
      const how = source
        ? "restore the file; or withdraw the event (`withdrawn:`) to keep a notice there; or, if it was renamed, " +
          "list its old id under `former_ids` in its new file"
        : "keep what made it, or list the old id under `former_ids` of what replaces it";
      return {
        file: source ? shown(source) : url,
        line: 1,
        column: 1,
        severity: "error" as const,
        rule: "url-removed",
        message: `${url} was published by the last build and would disappear: ${how}. To remove it on purpose, build with --allow-removals`,
      };
    });
}

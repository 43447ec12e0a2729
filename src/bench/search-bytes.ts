// What search costs: the size of the Pagefind index, and the bytes a browser fetches for one query.
//
// The query runs as the search page runs it (src/search/browser/archive-search.ts: the parts the page lists,
// the newest first, further ones only while nothing is found), with Pagefind's own client (the built
// pagefind.js, on Node's main thread) and `fetch` replaced by reads from the built folder, so the count is
// exactly the files a browser fetches: pagefind.js and the worker script it runs in (pagefind-worker.js,
// counted though Node runs none), each part's entry, meta, wasm and filter files, the index chunks whose
// word range covers the query, and one fragment per result on the first page (Chromium, checked once at
// 30,000 events: the same files, 544.5 kB). Pagefind's binary files are gzip-compressed already; "transfer" also gzips
// the JavaScript and JSON, as a web server would.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Model } from "../model/types.ts";
import { listTree } from "../publish/walk.ts";
import type { PagePart } from "../search/parts.ts";
import { ArchiveIndex, RESULTS_AT_A_TIME } from "../search/browser/archive-search.ts";
import type { PagefindModule } from "../search/browser/pagefind-api.ts";

/** Results on the first page of a search, as the search page shows them. */
export const RESULTS_PER_PAGE = RESULTS_AT_A_TIME;

export interface FetchedFile {
  file: string;
  bytes: number;
  transferBytes: number;
}

export interface SearchCost {
  indexBytes: number;
  indexFiles: number;
  query: string;
  /** Results found in the parts the query searched. */
  results: number;
  /** Parts of the index the query searched, of how many. */
  partsSearched: number;
  parts: number;
  /** Everything fetched for the query and its first page of results but the filter files, Pagefind's scripts included. */
  queryBytes: number;
  queryTransferBytes: number;
  fetched: FetchedFile[];
  /** The filter files of the parts searched, which the page's filter counts need. */
  filterBytes: number;
}

let instances = 0;

/** undefined when the site has no /pagefind/ folder. */
export async function measureSearch(siteDir: string, query: string): Promise<SearchCost | undefined> {
  const root = path.join(siteDir, "pagefind");
  const script = path.join(root, "pagefind.js");
  if (!existsSync(script)) return undefined;
  const files = listTree(root).filter((entry) => entry.kind === "file");
  let indexBytes = 0;
  for (const entry of files) indexBytes += (await fs.stat(entry.absolute)).size;
  const { parts, stepEvents } = await searchPage(siteDir);

  const fetched: FetchedFile[] = [await fileCost(root, "pagefind.js"), await fileCost(root, "pagefind-worker.js")];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const relative = decodeURIComponent(url.replace(/^.*?\/pagefind\//, "").replace(/[?#].*$/, ""));
    const cost = await fileCost(root, relative);
    fetched.push(cost);
    return new Response(new Uint8Array(await fs.readFile(path.join(root, relative))), { status: 200 });
  };
  try {
    // A fresh module instance per measurement, as a fresh page has.
    const pagefind = (await import(`${pathToFileURL(script).href}?instance=${++instances}`)) as PagefindModule;
    const open = (part: PagePart) => pagefind.createInstance({ basePath: part.url, baseUrl: "/" });
    const archive = new ArchiveIndex(parts, open, stepEvents);
    // A typed query, in the page's default order for one: best match first.
    const search = archive.search(query, { filters: {} }, "newest");
    await search.searchUntilFound();
    await Promise.all(search.next(RESULTS_PER_PAGE).map((result) => result.data()));
    const isFilter = (f: FetchedFile) => /^(?:part-\d+\/)?filter\//.test(f.file);
    const queryFetched = fetched.filter((f) => !isFilter(f));
    return {
      indexBytes,
      indexFiles: files.length,
      query,
      results: search.found,
      partsSearched: search.partsSearched,
      parts: parts.length,
      queryBytes: queryFetched.reduce((sum, f) => sum + f.bytes, 0),
      queryTransferBytes: queryFetched.reduce((sum, f) => sum + f.transferBytes, 0),
      fetched: queryFetched,
      filterBytes: fetched.filter(isFilter).reduce((sum, f) => sum + f.bytes, 0),
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** The parts of the default edition's index and its step as its search page lists them (_includes/search-app.ts). */
async function searchPage(siteDir: string): Promise<{ parts: PagePart[]; stepEvents: number }> {
  const page = await fs.readFile(path.join(siteDir, "search", "index.html"), "utf8");
  const attribute = (name: string) => {
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(page)?.[1];
    if (value === undefined) throw new Error(`the search page has no ${name}`);
    return value.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]!);
  };
  return { parts: JSON.parse(attribute("data-parts")) as PagePart[], stepEvents: Number(attribute("data-step")) };
}

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

async function fileCost(root: string, relative: string): Promise<FetchedFile> {
  const bytes = await fs.readFile(path.join(root, relative));
  const textual = /\.(js|json|css)$/.test(relative);
  return { file: relative, bytes: bytes.length, transferBytes: textual ? gzipSync(bytes).length : bytes.length };
}

/** Groups fetched files for the report: `pagefind.js 47 kB, wasm 60 kB, 1 index chunk 25 kB …`. */
export function fetchedByKind(fetched: readonly FetchedFile[]): { kind: string; count: number; bytes: number }[] {
  const kinds: [string, RegExp][] = [
    ["pagefind.js and its worker", /^pagefind(?:-worker)?\.js$/],
    ["wasm", /^wasm\./],
    ["entry + meta", /^pagefind-entry\.json$|\.pf_meta$/],
    ["index chunks", /^index\//],
    ["fragments", /^fragment\//],
    ["filters", /^filter\//],
  ];
  const found = kinds.map(([kind]) => ({ kind, count: 0, bytes: 0 }));
  const other = { kind: "other", count: 0, bytes: 0 };
  for (const f of fetched) {
    const inPart = f.file.replace(/^part-\d+\//, ""); // a further part's files count with the first's
    const index = kinds.findIndex(([, pattern]) => pattern.test(inPart));
    const group = index >= 0 ? found[index]! : other;
    group.count++;
    group.bytes += f.bytes;
  }
  return [...found, other].filter((group) => group.count > 0);
}

/** What a reader would typically search for: the place with the most events. */
export function defaultQuery(model: Model): string {
  const counts = new Map<string, number>();
  for (const event of model.events) for (const id of event.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  return (best && model.places.get(best)?.name) ?? model.events[0]?.title.split(/\s+/)[0] ?? "the";
}

// The whole build as one importable function: load and check the content, then render, index for
// search, verify and publish atomically. Scripts only parse flags and print; everything else happens here.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { describeFailure } from "./build-errors.ts";
import { openCache, renderStep, startFrom, type RenderEverything } from "./build-from-cache.ts";
import { writeAdmin } from "./cms/admin-files.ts";
import { loadContent } from "./content/load.ts";
import { applyStrict } from "./content/strict.ts";
import { countText, hasErrors, type Diagnostic } from "./diagnostics.ts";
import { limitHeapGrowthFor } from "./heap-growth.ts";
import { buildTimeline } from "./model/timeline.ts";
import { outputDirProblem } from "./publish/guard.ts";
import { cleanUpOnInterrupt } from "./publish/interrupt.ts";
import { lockOutput } from "./publish/output-lock.ts";
import { MANIFEST_PATH, manifestOf, readManifest, removedAddresses, writeManifest } from "./publish/manifest.ts";
import { publishAtomically } from "./publish/publish.ts";
import { siteEditions } from "./site/site-editions.ts";
import { indexChangedParts, type ChangedPartsReport, type PartDigests } from "./search/changed-parts.ts";
import { indexSearch, searchThreadFor } from "./search/index-search.ts";
import { verifyStaging } from "./publish/verify.ts";
import { renderSite } from "./render/render.ts";
import type { ExportLayout } from "./export/write-exports.ts";
import type { TimelineEvent } from "./model/types.ts";
import { draftPages, eventPageSources } from "./site/page-sources.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** Warnings that can hide data problems become errors (src/content/strict.ts). */
  strict?: boolean;
  /** Let addresses the last build published disappear (src/publish/manifest.ts); otherwise that stops the build. */
  allowRemovals?: boolean;
  /** Include draft events (the dev server does; `npm run build` never does by default). */
  drafts?: boolean;
  /** Absolute site URL; overrides the site config's `baseUrl`. */
  baseUrl?: string;
  /** Events per part of the search index (default 2,500, see src/search/parts.ts; tests make it small). */
  eventsPerSearchPart?: number;
  /** Events the search page searches at a step (default a part; tests with small parts make it small too). */
  searchStepEvents?: number;
  /**
   * The build cache's folder (src/cache/build-cache.ts): reuse what the last build made from unchanged
   * content, and keep what this one makes. Undefined: build everything, keep nothing.
   */
  cacheDir?: string;
  /** Told one line about the build cache when it is not used, or not written. */
  onNote?: (line: string) => void;
  /** Told as each step starts (the command's progress line). */
  onPhaseStart?: (name: PhaseName) => void;
  /** Told as each step ends (the command's progress, and the bench, which times the build with it). */
  onPhase?: (phase: PhaseTiming) => void;
}

/** The build's steps; render and search run at the same time; `cache` writes the build cache, last. */
export type PhaseName = "load" | "index" | "render" | "search" | "verify" | "publish" | "cache";

export interface PhaseTiming {
  name: PhaseName;
  /** When the step started and how long it took, in milliseconds since build() was called. */
  startMs: number;
  ms: number;
  /** Resident memory of the process right after the step. */
  rssBytes: number;
  /** What the step went through: events loaded or published, search records, pages rendered or verified. */
  items?: { count: number; what: "events" | "published events" | "records" | "pages" };
}

export interface BuildResult {
  /** 0 built; 1 content errors, nothing written; 2 any other failure, output untouched. */
  exitCode: 0 | 1 | 2;
  /** Content diagnostics, plus verification problems when the built site failed verification. */
  diagnostics: Diagnostic[];
  /** HTML pages published. */
  pages: number;
  /** Events published. */
  events: number;
  outputDir: string;
  /** Why the build failed with exit code 2, in one human-readable message. */
  failure?: string;
}

/** What build() renders and indexes with; replaceable so tests can make a step fail or misbehave on purpose. */
export interface BuildSteps {
  render: RenderEverything;
  /** Defaults to the Pagefind index of src/search/index-search.ts. */
  search?: typeof indexSearch;
}

const DEFAULT_STEPS: BuildSteps = { render: renderSite, search: indexSearch };

/** Thrown inside the staging step so publishAtomically discards the staging folder. */
class VerificationFailed extends Error {
  constructor(
    readonly problems: Diagnostic[],
    what = "the built site failed verification",
  ) {
    super(`${what} (${countText(problems.length, { one: "problem", other: "problems" })})`);
  }
}

export async function build(options: BuildOptions, steps: BuildSteps = DEFAULT_STEPS): Promise<BuildResult> {
  const { contentDir, outputDir } = options;
  const fail = (failure: string): BuildResult => ({
    diagnostics: [],
    pages: 0,
    events: 0,
    outputDir,
    exitCode: 2,
    failure,
  });
  let baseUrl: string | undefined;
  let lock;
  try {
    baseUrl = options.baseUrl === undefined ? undefined : normalizeBaseUrl(options.baseUrl);
    const refused = await outputDirProblem(outputDir, { contentDir });
    if (refused) return fail(refused);
    lock = await lockOutput(outputDir);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!lock.ok) return fail(lock.message);
  for (const line of lock.recovered) options.onNote?.(`left by a build that was killed: ${line}`);
  const releaseOnInterrupt = cleanUpOnInterrupt(lock.release);
  try {
    return await buildLocked(options, steps, baseUrl);
  } finally {
    lock.release();
    releaseOnInterrupt();
  }
}

/** The build itself, with the output's lock held. */
async function buildLocked(
  options: BuildOptions,
  steps: BuildSteps,
  baseUrl: string | undefined,
): Promise<BuildResult> {
  const { contentDir, outputDir, drafts = false, eventsPerSearchPart, searchStepEvents } = options;
  const result = { diagnostics: [] as Diagnostic[], pages: 0, events: 0, outputDir };
  const fail = (failure: string): BuildResult => ({ ...result, exitCode: 2, failure });
  const started = performance.now();
  const timed = async <T>(
    name: PhaseName,
    step: () => Promise<T> | T,
    items?: (value: T) => PhaseTiming["items"],
  ): Promise<T> => {
    options.onPhaseStart?.(name);
    const startMs = performance.now() - started;
    const value = await step();
    const went = items?.(value);
    options.onPhase?.({
      name,
      startMs,
      ms: performance.now() - started - startMs,
      rssBytes: process.memoryUsage.rss(),
      ...(went ? { items: went } : {}),
    });
    return value;
  };

  /** The search parts' digests and the exports' layout, for the cache. */
  let digests: PartDigests | undefined;
  let exports: ExportLayout | undefined;
  /** The events found to read as in the cached site's model, for the cache to keep their shards. */
  let unchanged: ((event: TimelineEvent) => boolean) | undefined;
  /** The published site's files, as verified, for the cache's manifest of it. */
  let siteFiles: string[] = [];

  const cache =
    options.cacheDir === undefined
      ? undefined
      : openCache(options.cacheDir, { drafts, eventsPerSearchPart, searchStepEvents, baseUrl }, (line) =>
          options.onNote?.(line),
        );

  let loaded;
  try {
    loaded = await timed(
      "load",
      () => loadContent(contentDir, cache ? { cache: cache.parse } : {}),
      (done) => ({ count: done.model.events.length, what: "events" }),
    );
  } catch (error) {
    return fail(describeFailure("reading the content failed", error));
  }
  const { model } = loaded;
  const diagnostics = options.strict ? applyStrict(loaded.diagnostics) : loaded.diagnostics;
  result.diagnostics = diagnostics;
  // Content errors stop the build before anything is written, not even a staging folder.
  if (hasErrors(diagnostics)) return { ...result, exitCode: 1 };

  const timeline = await timed(
    "index",
    () => buildTimeline(model, { drafts }),
    (done) => ({ count: done.events.length, what: "published events" }),
  );
  limitHeapGrowthFor(timeline.events.length);
  if (baseUrl !== undefined) model.site.baseUrl = baseUrl;

  // Started now, so it is ready by the time the records are (see searchThreadFor); not for a stand-in
  // search step (tests), which a build with a cache does not use either.
  const pagefindIndexes = cache !== undefined || (steps.search ?? indexSearch) === indexSearch;
  const searchThread = pagefindIndexes
    ? searchThreadFor(timeline.events.length * siteEditions(model.site).length)
    : undefined;
  try {
    const publishStarted = performance.now();
    let filling = 0;
    await publishAtomically(
      outputDir,
      async (stagingDir) => {
        const fillStarted = performance.now();
        // Search records come from the model, not the pages, so Pagefind (a process of its own) indexes
        // on the second core while Eleventy renders on this one. Both are waited for, even when one fails,
        // so nothing writes into the staging folder after it is discarded.
        const input = { model, timeline, drafts, eventsPerSearchPart, searchStepEvents };
        // With a site from the cache in the staging folder, only what changed is rendered and indexed.
        const before = cache ? await startFrom(cache, outputDir, input, stagingDir) : undefined;
        unchanged = before?.exports.unchanged;
        const searchInput = { model, timeline, stagingDir, outputDir, eventsPerSearchPart, thread: searchThread };
        const [rendered, searched] = await Promise.allSettled([
          timed(
            "render",
            () => renderStep(steps.render, input, before, stagingDir),
            ({ pages }) => (pages === undefined ? undefined : { count: pages, what: "pages" }),
          ),
          timed(
            "search",
            () =>
              cache
                ? indexChangedParts(
                    stagingDir,
                    path.join(stagingDir, ".search-next"),
                    searchInput,
                    before?.search,
                    before?.searchPartKept,
                    // The staging folder is this build's alone: its parts can be brought up to date in place.
                    { fileByFile: true },
                  )
                : (steps.search ?? indexSearch)(searchInput),
            (done) => ({ count: done.records, what: "records" }),
          ),
        ]);
        if (rendered.status === "rejected") throw rendered.reason;
        exports = rendered.value.exports;
        if (searched.status === "rejected") throw searched.reason;
        // Written anew by every build, cached or not: it follows site.yml's `cms:` and editions.
        await writeAdmin(stagingDir, model.site, contentDir);
        // Pagefind's own errors are diagnostics like verification problems: exit 2, nothing published.
        const search: ChangedPartsReport = searched.value;
        digests = search.digests;
        if (search.problems.length > 0) throw new VerificationFailed(search.problems, "indexing for search failed");
        const report = await timed(
          "verify",
          () =>
            verifyStaging(stagingDir, {
              events: timeline.events,
              withdrawn: timeline.withdrawn,
              outputDir,
              search: { eventsPerPart: eventsPerSearchPart },
              editions: model.site.editions.slice(1).map((edition) => edition.prefix.slice(1)),
            }),
          (done) => ({ count: done.pages, what: "pages" }),
        );
        if (report.problems.length > 0) throw new VerificationFailed(report.problems);
        const { editions } = model.site;
        const sources = eventPageSources(timeline, editions, contentDir);
        const manifest = manifestOf(report.entries, sources, draftPages(timeline, editions));
        const published = options.allowRemovals ? undefined : await readManifest(outputDir);
        const removed = published ? removedAddresses(published, manifest, contentDir) : [];
        if (removed.length > 0) throw new VerificationFailed(removed, "published addresses would disappear");
        await writeManifest(stagingDir, manifest);
        siteFiles = report.entries.filter((entry) => entry.kind === "file").map((entry) => entry.relative);
        // Written after the listing: in it when the site from the cache had one already.
        if (!siteFiles.includes(MANIFEST_PATH)) siteFiles.push(MANIFEST_PATH);
        result.pages = report.pages;
        filling = performance.now() - fillStarted;
        options.onPhaseStart?.("publish");
      },
      cache ? { adoptPrevious: (previous) => cache.adoptPrevious(previous, outputDir) } : {},
    );
    // publish = making the staging folder, the swap and removing the previous site: what is not filling it.
    const publishMs = performance.now() - publishStarted - filling;
    options.onPhase?.({
      name: "publish",
      startMs: performance.now() - started - publishMs,
      ms: publishMs,
      rssBytes: process.memoryUsage.rss(),
    });
  } catch (error) {
    if (error instanceof VerificationFailed) {
      return { ...result, diagnostics: [...diagnostics, ...error.problems], exitCode: 2, failure: error.message };
    }
    return fail(describeFailure("the build failed", error));
  } finally {
    // Unused when every part was kept or the build stopped before the index.
    await searchThread?.close();
  }
  const searched = digests;
  if (cache && searched)
    await timed("cache", () => cache.save(outputDir, model, searched, siteFiles, exports, unchanged));
  return { ...result, events: timeline.events.length, exitCode: 0 };
}

/** An absolute http(s) URL without a trailing slash, as SiteConfig.baseUrl expects. */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--base-url ${JSON.stringify(raw)} is not an absolute URL (for example https://example.org)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`--base-url ${JSON.stringify(raw)} must start with http:// or https://`);
  }
  return url.href.replace(/\/+$/, "");
}

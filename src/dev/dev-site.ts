// The dev server's site, kept up to date edit by edit. The first build renders everything; after an
// edit only the changed files are parsed again (src/content/parse-cache.ts) and only the pages that show
// what changed are rendered again (src/site/affected-pages.ts), straight into the served folder. The search
// index follows in the background, a few seconds after the pages: only its parts whose records changed
// are indexed again (src/search/live-search.ts). The whole-archive data exports are rewritten with it.
import { performance } from "node:perf_hooks";
import { displayPath } from "../content/files.ts";
import { writeFrontMatterSchemas } from "../content/front-matter-schemas.ts";
import { loadContent } from "../content/load.ts";
import { ParseCache } from "../content/parse-cache.ts";
import { hasErrors, type Diagnostic } from "../diagnostics.ts";
import { buildTimeline } from "../model/timeline.ts";
import type { TimelineEvent } from "../model/types.ts";
import { manifestOf, writeManifest } from "../publish/manifest.ts";
import { publishAtomically } from "../publish/publish.ts";
import { listTree } from "../publish/walk.ts";
import { emptyPerKind, PageSelection } from "../site/page-selection.ts";
import { comparable, editionData, renderAll, renderChanges, renderPages, siteChanges } from "../render/render.ts";
import { draftPages, eventPageSources } from "../site/page-sources.ts";
import type { SiteData } from "../site/site-data.ts";
import { LiveSearch } from "../search/live-search.ts";
import { EVENTS_PER_SEARCH_PART } from "../search/parts.ts";

export interface DevUpdate {
  /** False when the content has errors: the site stays as it was. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Everything was rendered (first build, or a change to the site's settings). */
  full: boolean;
  /** Pages (and feeds) rendered. */
  pages: number;
  events: number;
  ms: number;
}

export interface DevSiteOptions {
  /** Told when a background search index (and the data exports) is in place, or failed. */
  onSearch?: (outcome: { ok: boolean; ms: number; message?: string }) => void;
  /** Events per part of the search index (default EVENTS_PER_SEARCH_PART, as a build; tests make parts small). */
  eventsPerSearchPart?: number;
}

export class DevSite {
  private readonly cache = new ParseCache();
  /** The site data of the last build, one per edition, the default first. */
  private current: SiteData[] | undefined;
  private searching = false;
  private searchAgain = false;
  private searchDone: Promise<void> = Promise.resolve();
  private readonly eventsPerSearchPart: number;
  private readonly search: LiveSearch;

  constructor(
    readonly contentDir: string,
    readonly outputDir: string,
    private readonly options: DevSiteOptions = {},
  ) {
    this.eventsPerSearchPart = options.eventsPerSearchPart ?? EVENTS_PER_SEARCH_PART;
    this.search = new LiveSearch(outputDir, this.eventsPerSearchPart);
  }

  /** Brings the site up to date with the content: everything the first time, then what changed. */
  async update(): Promise<DevUpdate> {
    const started = performance.now();
    const { model, diagnostics } = await loadContent(this.contentDir, { cache: this.cache });
    const result = (ok: boolean, full: boolean, pages: number): DevUpdate => ({
      ok,
      diagnostics,
      full,
      pages,
      events: model.events.length,
      ms: performance.now() - started,
    });
    if (hasErrors(diagnostics)) return result(false, false, 0);

    const next = editionData({
      model,
      timeline: buildTimeline(model, { drafts: true }),
      drafts: true,
      eventsPerSearchPart: this.eventsPerSearchPart,
    });
    const previous = this.current;
    // Every page shows the site's settings (its editions among them): when they change, the folder is
    // replaced as a whole.
    const full = !previous || !comparable(previous, next);
    let pages = 0;
    if (full) {
      await publishAtomically(this.outputDir, async (staging) => {
        for (const data of next) await renderAll(data, staging);
        await writeFrontMatterSchemas(staging);
      });
      this.search.forget(); // the folder it was in is gone
      for (const data of next) pages += PageSelection.everything(data).size;
    } else {
      // The data exports follow in the background with the search index.
      ({ pages } = await renderChanges(siteChanges(previous, next), next, this.outputDir, { exports: false }));
    }
    this.current = next;
    if (pages > 0) this.refreshSoon(!full);
    return result(true, full, pages);
  }

  /** The event loaded from a content file (absolute path), as last rendered. */
  eventOfFile(absolutePath: string): TimelineEvent | undefined {
    const file = displayPath(absolutePath);
    return this.current?.[0]?.timeline.events.find((e) => e.file === file);
  }

  /** Resolves when no background search index is being built (tests and the bench wait for it). */
  async searchSettled(): Promise<void> {
    while (this.searching) await this.searchDone;
  }

  /** One refresh at a time; edits during one start exactly one more, over the latest content. */
  private refreshSoon(exports: boolean): void {
    if (this.searching) {
      this.searchAgain = true;
      return;
    }
    this.searching = true;
    this.searchDone = this.refreshNow(exports).finally(() => {
      this.searching = false;
      if (this.searchAgain) {
        this.searchAgain = false;
        this.refreshSoon(true);
      }
    });
  }

  private async refreshNow(exports: boolean): Promise<void> {
    // Exports and the search index are the default edition's, once, at the root.
    const data = this.current![0]!;
    const started = performance.now();
    const exportsOnly = new PageSelection({
      events: [],
      years: [],
      entityPages: emptyPerKind(),
      entityFeeds: emptyPerKind(),
      site: ["exports"],
    });
    try {
      if (exports) await renderPages(data, exportsOnly, this.outputDir);
      await this.search.refresh(data);
      // The manifest of addresses, as a build writes it, once the folder holds everything of this update.
      const sources = eventPageSources(data.originalTimeline, data.editions, this.contentDir);
      const drafts = draftPages(data.originalTimeline, data.editions);
      await writeManifest(this.outputDir, manifestOf(listTree(this.outputDir), sources, drafts));
      this.options.onSearch?.({ ok: true, ms: performance.now() - started });
    } catch (error) {
      this.options.onSearch?.({
        ok: false,
        ms: performance.now() - started,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

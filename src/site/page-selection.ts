// Which pages one Eleventy run renders. Every template paginates over a list of the selection (one
// event, one entity page, one feed, or the single `[true]` of a site-wide page), so a run renders
// exactly what it is given: the full build renders the whole site in batches (src/render/render.ts), which
// keeps Eleventy's memory and bookkeeping bounded however large the archive; the dev server renders
// only the pages an edit touched (src/dev/).
import type { EntityPage } from "../model/entity-index.ts";
import type { YearGroup } from "../model/timeline.ts";
import { ENTITY_KINDS, perKind, type PerKind } from "../model/entity-kinds.ts";
import type { Entity, TimelineEvent } from "../model/types.ts";
import type { Redirect } from "./redirects.ts";
import type { SiteData } from "./site-data.ts";

/** Name under which the selection reaches every template as Eleventy global data. */
export const SELECTION_KEY = "selection";

/** The pages that exist once per site; each is rendered or not as a whole. */
export const SITE_PAGES = [
  "home",
  "timeline",
  "indexes",
  "search",
  "feeds",
  "exports",
  "assets",
  "notFound",
  "redirectsFile",
  "corrections",
] as const;
export type SitePage = (typeof SITE_PAGES)[number];
/** Site-wide files published once, at the root, whatever the edition: they are the same in every language. */
export const ROOT_ONLY: ReadonlySet<SitePage> = new Set<SitePage>(["assets", "exports", "redirectsFile"]);

export interface PageLists {
  events: TimelineEvent[];
  years: YearGroup[];
  entityPages: PerKind<EntityPage[]>;
  /** Entities whose Atom feed is rendered. */
  entityFeeds: PerKind<Entity[]>;
  site: readonly SitePage[];
  /** Old addresses whose redirect page is rendered (src/site/redirects.ts). */
  redirects?: Redirect[];
  /** Withdrawn events whose notice is rendered at their address. */
  withdrawn?: TimelineEvent[];
}

// A class, like SiteData, so Eleventy's data cascade passes it by reference instead of copying it.
export class PageSelection {
  readonly events: TimelineEvent[];
  readonly years: YearGroup[];
  readonly entityPages: PerKind<EntityPage[]>;
  readonly entityFeeds: PerKind<Entity[]>;
  readonly redirects: Redirect[];
  readonly withdrawn: TimelineEvent[];
  /** Per site-wide page, `[true]` to render it or `[]` not to: a template paginates over one of these. */
  readonly site: Record<SitePage, readonly true[]>;

  constructor(lists: PageLists) {
    this.events = lists.events;
    this.years = lists.years;
    this.entityPages = lists.entityPages;
    this.entityFeeds = lists.entityFeeds;
    this.redirects = lists.redirects ?? [];
    this.withdrawn = lists.withdrawn ?? [];
    const chosen = new Set(lists.site);
    const site = {} as Record<SitePage, readonly true[]>;
    for (const page of SITE_PAGES) site[page] = chosen.has(page) ? [true] : [];
    this.site = site;
  }

  /** Every page of the site's edition `data`; the assets and exports only once, with the default. */
  static everything(data: SiteData): PageSelection {
    return new PageSelection({
      events: data.timeline.events,
      years: data.timeline.years,
      entityPages: data.entityPages,
      entityFeeds: data.entityLists,
      redirects: data.redirects,
      withdrawn: data.timeline.withdrawn,
      site: data.edition.prefix === "" ? SITE_PAGES : SITE_PAGES.filter((page) => !ROOT_ONLY.has(page)),
    });
  }

  /** Pages selected, counting each site-wide page as one. */
  get size(): number {
    const allKinds = <T>(lists: PerKind<T[]>) => ENTITY_KINDS.reduce((sum, kind) => sum + lists[kind].length, 0);
    const site = SITE_PAGES.filter((page) => this.site[page].length > 0).length;
    const { events, years, redirects, withdrawn } = this;
    const lists = events.length + years.length + redirects.length + withdrawn.length;
    return lists + allKinds(this.entityPages) + allKinds(this.entityFeeds) + site;
  }

  /** Whether a site-wide page is selected. */
  has(page: SitePage): boolean {
    return this.site[page].length > 0;
  }

  /**
   * The same pages split into selections of about `size` pages each, in a fixed order (events, years,
   * entity pages, feeds); the site-wide pages go with the first.
   */
  batches(size: number): PageSelection[] {
    type Item = { put: (lists: PageLists) => void };
    const items: Item[] = [
      ...this.events.map((e) => ({ put: (l: PageLists) => void l.events.push(e) })),
      ...this.years.map((y) => ({ put: (l: PageLists) => void l.years.push(y) })),
      ...ENTITY_KINDS.flatMap((kind) =>
        this.entityPages[kind].map((p) => ({ put: (l: PageLists) => void l.entityPages[kind].push(p) })),
      ),
      ...ENTITY_KINDS.flatMap((kind) =>
        this.entityFeeds[kind].map((e) => ({ put: (l: PageLists) => void l.entityFeeds[kind].push(e) })),
      ),
      ...this.redirects.map((r) => ({ put: (l: PageLists) => void l.redirects!.push(r) })),
      ...this.withdrawn.map((e) => ({ put: (l: PageLists) => void l.withdrawn!.push(e) })),
    ];
    const site = SITE_PAGES.filter((page) => this.has(page));
    const batches: PageSelection[] = [];
    for (let start = 0; start === 0 || start < items.length; start += size) {
      const lists: PageLists = {
        events: [],
        years: [],
        entityPages: emptyPerKind(),
        entityFeeds: emptyPerKind(),
        redirects: [],
        withdrawn: [],
        site: start === 0 ? site : [],
      };
      for (const item of items.slice(start, start + size)) item.put(lists);
      batches.push(new PageSelection(lists));
    }
    return batches;
  }
}

/** An empty list per kind. */
export function emptyPerKind<T>(): PerKind<T[]> {
  return perKind(() => []);
}

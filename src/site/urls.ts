// Every page path is computed here from ids that must already be slugs. A value that is not a slug
// throws, so no id from content can ever make Eleventy write outside the output folder.
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import type { EntityKind } from "../model/types.ts";
import { isSlug } from "../model/slug.ts";

function slug(id: string, what: string): string {
  if (typeof id !== "string" || !isSlug(id))
    throw new Error(`${what} id ${JSON.stringify(id)} is not a slug (a-z, 0-9, -)`);
  return id;
}

function yearSegment(year: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new Error(`year ${String(year)} is out of range`);
  return String(year).padStart(4, "0");
}

/** The page URLs of one edition: every path under its prefix (`""` for the default, `/ar` …); assets stay at the root. */
export function urlsFor(prefix: string) {
  if (prefix !== "" && !/^\/[a-z0-9-]+$/.test(prefix))
    throw new Error(`edition prefix ${JSON.stringify(prefix)} is not /<slug>`);
  const urls = {
    home: () => `${prefix}/`,
    timeline: () => `${prefix}/timeline/`,
    year: (year: number) => `${prefix}/timeline/${yearSegment(year)}/`,
    /**
     * One month on its year's page: the anchor `m-<year>-<month>` that _includes/timeline-rail.ts gives
     * each month heading (month 0 holds events dated only to the year). Link only months that have events.
     */
    month: (year: number, month: number): string => {
      if (!Number.isInteger(month) || month < 0 || month > 12)
        throw new Error(`month ${String(month)} is out of range`);
      return `${urls.year(year)}#m-${year}-${month}`;
    },
    event: (id: string) => `${prefix}/events/${slug(id, "event")}/`,
    entityIndex: (kind: EntityKind) => `${prefix}/${ENTITY_KIND[kind].urlSegment}/`,
    entity: (kind: EntityKind, id: string) => `${prefix}/${ENTITY_KIND[kind].urlSegment}/${slug(id, kind)}/`,
    /** Page `n` of an entity's events: page 1 is the entity's own URL, later ones `/places/<id>/page/<n>/`. */
    entityPage: (kind: EntityKind, id: string, n: number): string => {
      if (!Number.isInteger(n) || n < 1) throw new Error(`page number ${String(n)} is out of range`);
      return n === 1 ? urls.entity(kind, id) : `${urls.entity(kind, id)}page/${n}/`;
    },
    /** The search page filtered to one entity, by the name search knows it under: `/search/?place=Anbar`. */
    entitySearch: (kind: EntityKind, name: string): string =>
      `${urls.search()}?${ENTITY_KIND[kind].searchFilter}=${encodeURIComponent(name)}`,
    stylesheet: () => "/assets/style.css",
    search: () => `${prefix}/search/`,
    /** Embeds (src/embed/): the latest events of the whole timeline, or of one entity, for an iframe. */
    embed: () => `${prefix}/embed/`,
    entityEmbed: (kind: EntityKind, id: string) => `${prefix}/embed/${ENTITY_KIND[kind].urlSegment}/${slug(id, kind)}/`,
    /** An embed's oEmbed description, beside it. */
    oembed: (embedUrl: string) => `${embedUrl}oembed.json`,
    /** Shared by every edition: the host page's sizing script, the embed page's own script and styles. */
    embedScript: () => "/assets/embed.js",
    embedPageScript: () => "/assets/embed-page.js",
    embedStylesheet: () => "/assets/embed.css",
    /** Every correction made to the events, newest first, and its Atom feed. */
    corrections: () => `${prefix}/corrections/`,
    correctionsFeed: () => `${prefix}/corrections/feed.xml`,
    /** The search page's script, shared, and the edition's own Pagefind bundle (src/search/index-search.ts). */
    searchScript: () => "/assets/search.js",
    searchBundle: () => `${prefix}/pagefind/pagefind.js`,
  };
  return urls;
}

export type Urls = ReturnType<typeof urlsFor>;

/** The default edition's URLs, at the root: what exports and shared assets link to. */
export const urls: Urls = urlsFor("");

/** Output file for a page URL ending in `/`: Eleventy writes `<url>index.html` under the output folder. */
export function outputPath(url: string): string {
  if (!url.startsWith("/") || !url.endsWith("/") || url.includes("..") || url.includes("//")) {
    throw new Error(`refusing page path ${JSON.stringify(url)}`);
  }
  return `${url}index.html`;
}

/**
 * A URL taken from content (a source's url or archive), or undefined unless it is absolute http(s).
 * The loader validates these already; rendering checks again so a bad value can never become a link.
 */
export function externalUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}

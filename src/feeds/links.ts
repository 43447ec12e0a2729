// Where feeds live and how pages link to them: `<link rel="alternate">` in every page's head for the
// site-wide feeds, plus each entity page's own Atom feed at `<entity path>feed.xml`.
import type { Entity, EntityKind, SiteConfig } from "../model/types.ts";
import type { Messages } from "../site/messages.ts";
import { urls as rootUrls, type Urls } from "../site/urls.ts";
import { siteUrl } from "./site-url.ts";

export type FeedType = "application/atom+xml" | "application/feed+json" | "application/json+oembed";

/** One alternate link for a page's head. */
export interface FeedLink {
  type: FeedType;
  title: string;
  href: string;
}

/** Where an edition's feeds are: `/feed.xml` for the default, `/ar/feed.xml` … for the others. */
export function feedPathsFor(urls: Urls) {
  return {
    atom: () => `${urls.home()}feed.xml`,
    json: () => `${urls.home()}feed.json`,
    /** `/places/anbar/feed.xml`: beside the entity's page. */
    entity: (kind: EntityKind, id: string) => `${urls.entity(kind, id)}feed.xml`,
  };
}

export const feedPaths = feedPathsFor(rootUrls);

/** The site-wide Atom and JSON feeds: linked from every page. */
export function siteFeedLinks(site: SiteConfig, messages: Messages, urls: Urls = rootUrls): FeedLink[] {
  const feedPaths = feedPathsFor(urls);
  const title = { site: site.title };
  return [
    { type: "application/atom+xml", title: messages.t("feed.link.atom", title), href: siteUrl(site, feedPaths.atom()) },
    {
      type: "application/feed+json",
      title: messages.t("feed.link.json", title),
      href: siteUrl(site, feedPaths.json()),
    },
  ];
}

/** An entity's own feed, for its page's head (the layout adds the site-wide feeds itself). */
export function feedLinks(
  entity: Pick<Entity, "kind" | "id" | "name">,
  site: SiteConfig,
  messages: Messages,
  urls: Urls = rootUrls,
): FeedLink[] {
  const feedPaths = feedPathsFor(urls);
  const title = messages.t("feed.entity.title", { name: entity.name, site: site.title });
  return [{ type: "application/atom+xml", title, href: siteUrl(site, feedPaths.entity(entity.kind, entity.id)) }];
}

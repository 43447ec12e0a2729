// The feeds a build publishes: the latest events site-wide (Atom and JSON Feed), and one Atom feed per
// place, actor and figure with its latest events, places counting the events at places within them.
import type { EntityEntry } from "../model/entity-index.ts";
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import type { Messages } from "../site/messages.ts";
import type { FeedSpec } from "./atom.ts";
import { feedEntry, ROOT_VIEW, type FeedView } from "./entries.ts";
import { feedPathsFor } from "./links.ts";

/** Entries per feed: the newest events only; the site and the data exports hold the rest. */
export const FEED_SIZE = 50;

/** `events` in timeline order (oldest first), as Timeline.events holds them; `messages`, the site's words. */
export function siteFeed(
  model: Model,
  events: readonly TimelineEvent[],
  format: "atom" | "json",
  messages: Messages,
  view: FeedView = ROOT_VIEW,
): FeedSpec {
  const { urls } = view;
  const feedPaths = feedPathsFor(urls);
  const newest = events.slice(-FEED_SIZE).reverse();
  return {
    site: model.site,
    messages,
    title: model.site.title,
    description: model.site.description || messages.t("feed.site.description", { site: model.site.title }),
    pagePath: urls.home(),
    feedPath: format === "atom" ? feedPaths.atom() : feedPaths.json(),
    entries: newest.map((event) => feedEntry(model, event, view)),
  };
}

/** An entity's feed: `entry.events` is already newest first, rolled up through `within`. */
export function entityFeed(model: Model, entry: EntityEntry, messages: Messages, view: FeedView = ROOT_VIEW): FeedSpec {
  const { urls } = view;
  const feedPaths = feedPathsFor(urls);
  const { entity } = entry;
  return {
    site: model.site,
    messages,
    title: messages.t("feed.entity.title", { name: entity.name, site: model.site.title }),
    description: messages.t(ENTITY_KIND[entity.kind].messages.feed, { name: entity.name }),
    pagePath: urls.entity(entity.kind, entity.id),
    feedPath: feedPaths.entity(entity.kind, entity.id),
    entries: entry.events.slice(0, FEED_SIZE).map(({ event }) => feedEntry(model, event, view)),
  };
}

// The feeds a build publishes: the latest events site-wide (Atom and JSON Feed), and one Atom feed per
// place, actor and figure with its latest events, places counting the events at places within them.
import type { EntityEntry } from "../model/entity-index.ts";
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { urls } from "../site/urls.ts";
import type { FeedSpec } from "./atom.ts";
import { feedEntry } from "./entries.ts";
import { feedPaths } from "./links.ts";

/** Entries per feed: the newest events only; the site and the data exports hold the rest. */
export const FEED_SIZE = 50;

/** `events` in timeline order (oldest first), as Timeline.events holds them. */
export function siteFeed(model: Model, events: readonly TimelineEvent[], format: "atom" | "json"): FeedSpec {
  const newest = events.slice(-FEED_SIZE).reverse();
  return {
    site: model.site,
    title: model.site.title,
    description: model.site.description || `The latest events of ${model.site.title}.`,
    pagePath: urls.home(),
    feedPath: format === "atom" ? feedPaths.atom() : feedPaths.json(),
    entries: newest.map((event) => feedEntry(model, event)),
  };
}

/** An entity's feed: `entry.events` is already newest first, rolled up through `within`. */
export function entityFeed(model: Model, entry: EntityEntry): FeedSpec {
  const { entity } = entry;
  const { words } = ENTITY_KIND[entity.kind];
  return {
    site: model.site,
    title: `${entity.name} · ${model.site.title}`,
    description: `The latest events ${words.feedRelation} ${entity.name}${words.feedRollUp}.`,
    pagePath: urls.entity(entity.kind, entity.id),
    feedPath: feedPaths.entity(entity.kind, entity.id),
    entries: entry.events.slice(0, FEED_SIZE).map(({ event }) => feedEntry(model, event)),
  };
}

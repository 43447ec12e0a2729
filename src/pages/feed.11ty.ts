// /feed.xml — Atom feed of the latest events.
import { atomFeed } from "../feeds/atom.ts";
import { siteFeed } from "../feeds/feeds.ts";
import { feedPaths } from "../feeds/links.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = {
  permalink: () => feedPaths.atom(),
};

export function render({ dateline }: PageData): string {
  return atomFeed(siteFeed(dateline.model, dateline.timeline.events, "atom"));
}

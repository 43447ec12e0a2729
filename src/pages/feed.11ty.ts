// /feed.xml — Atom feed of the latest events.
import { atomFeed } from "../feeds/atom.ts";
import { siteFeed } from "../feeds/feeds.ts";
import { feedPathsFor } from "../feeds/links.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("feeds", (d: PageData) => feedPathsFor(d.dateline.urls).atom());

export function render({ dateline }: PageData): string {
  return atomFeed(siteFeed(dateline.model, dateline.timeline.events, "atom", dateline.messages, dateline));
}

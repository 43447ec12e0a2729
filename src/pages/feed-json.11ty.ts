// /feed.json — JSON Feed 1.1 of the latest events.
import { siteFeed } from "../feeds/feeds.ts";
import { jsonFeed } from "../feeds/json-feed.ts";
import { feedPathsFor } from "../feeds/links.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("feeds", (d: PageData) => feedPathsFor(d.dateline.urls).json());

export function render({ dateline }: PageData): string {
  return jsonFeed(siteFeed(dateline.model, dateline.timeline.events, "json", dateline.messages, dateline));
}

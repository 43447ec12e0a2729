// /corrections/feed.xml — Atom feed of the corrections, newest first (src/feeds/corrections-feed.ts).
import { atomFeed } from "../feeds/atom.ts";
import { correctionsFeed } from "../feeds/corrections-feed.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("corrections", (d: PageData) => d.dateline.urls.correctionsFeed());

export function render({ dateline }: PageData): string {
  return atomFeed(correctionsFeed(dateline.model, dateline.timeline.events, dateline.messages, dateline));
}

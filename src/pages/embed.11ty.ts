// /embed/ — the whole timeline's latest events, for an iframe in an article (_includes/embed-page.ts).
import { html } from "../markup/html.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { outputPath } from "../site/urls.ts";
import { EMBED_EVENTS, embedPage } from "../../_includes/embed-page.ts";

// Rendered with the feeds: both show the latest events, so an edit that changes one changes the other.
export const data: TemplateData<PageData> = sitePage("feeds", (d: PageData) => outputPath(d.dateline.urls.embed()));

export function render({ dateline }: PageData): string {
  const label = dateline.messages.t("embed.heading.timeline");
  return embedPage(dateline, {
    heading: html`${label}`,
    label,
    fullPage: dateline.urls.timeline(),
    events: dateline.timeline.events.slice(-EMBED_EVENTS).reverse(),
    path: dateline.urls.embed(),
  });
}

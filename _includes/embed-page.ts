// An embed page (/embed/, /embed/places/<id>/ …): the latest events of the timeline or of one entity, for
// an iframe in someone else's article. No site header: a heading naming what it shows, then the events
// newest first on a date rail (date, title, place and actor chips), and a link to the full site. Every link
// opens in a new browsing context (`<base target="_blank">`), so a reader never ends up browsing the site
// inside the article's frame. The page holds up to EMBED_EVENTS events and shows ten; its script applies
// the options of its address (limit, order, year).
import type { TimelineEvent } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { chips } from "./chips.ts";
import { langAttr } from "./content-language.ts";
import { eventDate } from "./event-date.ts";

/** Events an embed page holds, newest first: what the options choose from. */
export const EMBED_EVENTS = 100;

export interface EmbedPageOptions {
  /** The h1: "Latest events: al-Qaim", and the same as plain text for the page's title. */
  heading: SafeHtml;
  label: string;
  /** The full site's page of what the embed shows, linked at the end. */
  fullPage: string;
  /** Newest first. */
  events: readonly TimelineEvent[];
  /** The page's own root-relative URL, for its canonical link. */
  path: string;
}

function item(data: SiteData, event: TimelineEvent): SafeHtml {
  return html`<li data-year="${String(event.date.year)}"><article class="embed-card">
<p class="embed-date">${eventDate(data, event)}</p>
<h2 class="embed-card-title" dir="auto"${langAttr(data, event.lang)}><a href="${data.urls.event(event.id)}">${event.title}</a></h2>
${chips(data, [
  ["place", event.places],
  ["actor", event.actors],
])}
</article></li>`;
}

export function embedPage(data: SiteData, options: EmbedPageOptions): string {
  const { messages, edition, site } = data;
  const events = options.events.slice(0, EMBED_EVENTS);
  const list = events.length
    ? html`<ol class="embed-events">${events.map((event) => item(data, event))}</ol>`
    : html`<p>${messages.t("embed.none")}</p>`;
  const title = messages.t("layout.title", { page: options.label, site: data.title.text });
  return html`<!doctype html>
<html lang="${edition.lang}" dir="${edition.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
${site.baseUrl && html`<link rel="canonical" href="${`${site.baseUrl}${options.path}`}">`}
<base target="_blank">
<link rel="stylesheet" href="${data.urls.embedStylesheet()}">
<script src="${data.urls.embedPageScript()}" defer></script>
</head>
<body>
<main class="embed">
<h1 class="embed-heading"><a href="${options.fullPage}">${options.heading}</a></h1>
${list}
<p class="embed-more"><a href="${options.fullPage}">${messages.t("embed.more", { site: data.title.text })}</a></p>
</main>
</body>
</html>
`.toString();
}

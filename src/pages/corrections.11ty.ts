// /corrections/ — every correction made to a published event, newest first: when, which event, what was
// corrected (in the edition's language where the event's translation gives the text, else marked with the
// language it is written in). Each event's page lists its own; /corrections/feed.xml carries them to feed readers.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { correctionsOf } from "../site/corrections.ts";
import { html } from "../markup/html.ts";
import { langAttr } from "../../_includes/content-language.ts";
import { CORRECTIONS_ANCHOR } from "../../_includes/event-corrections.ts";
import { plainDate } from "../../_includes/event-date.ts";
import { layout } from "../../_includes/layout.ts";

export const data: TemplateData<PageData> = sitePage("corrections", (d: PageData) => d.dateline.urls.corrections());

export function render({ dateline }: PageData): string {
  const { messages, urls } = dateline;
  const title = messages.t("corrections.title");
  const items = correctionsOf(dateline.timeline.events).map(({ event, correction }) => {
    const lang = dateline.originalEvent(event.id)?.lang ?? event.lang;
    return html`<li>
${plainDate(dateline, correction.date)}
<h2><a href="${urls.event(event.id)}#${CORRECTIONS_ANCHOR}" dir="auto"${langAttr(dateline, event.lang)}>${event.title}</a></h2>
<p dir="auto"${langAttr(dateline, correction.lang ?? lang)}>${correction.text}</p>
</li>`;
  });
  const feed = {
    type: "application/atom+xml" as const,
    title: messages.t("feed.corrections.title", { site: dateline.title.text }),
    href: urls.correctionsFeed(),
  };
  const body = html`<header class="page-header">
<h1>${title}</h1>
<p class="lede">${messages.t("corrections.lede")}</p>
<p><a href="${feed.href}">${messages.t("corrections.feed")}</a></p>
</header>
${items.length ? html`<ol class="corrections-list">${items}</ol>` : html`<p>${messages.t("corrections.none")}</p>`}`;
  return layout({ data: dateline, title, path: urls.corrections(), body, feeds: [feed] }).toString();
}

// /timeline/ — every published event, oldest first, grouped by year and month on the rail.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { countOf } from "../site/format.ts";
import { html } from "../site/html.ts";
import { outputPath, urls } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";
import { timelineRail } from "../../_includes/timeline-rail.ts";

export const data: TemplateData<PageData> = sitePage("timeline", () => outputPath(urls.timeline()));

export function render({ dateline }: PageData): string {
  const { timeline, site } = dateline;
  const jump = timeline.years.length > 1
    ? html`<nav class="year-jump" aria-label="Years"><ul>${timeline.years.map((y) => html`<li><a href="#y-${y.year}">${y.year}</a></li>`)}</ul></nav>`
    : html``;
  const body = html`<header class="page-header">
<h1>Timeline</h1>
<p class="lede">${countOf(timeline.events.length, "event", "events", site.language)}, oldest first.</p>
${jump}
</header>
${timelineRail(dateline, timeline.years, { level: 2, years: true, months: true })}`;
  return layout({ data: dateline, title: "Timeline", path: urls.timeline(), section: "timeline", body }).toString();
}

// /timeline/ — the whole timeline. A small archive shows every event on the rail, oldest first; a large
// one shows its years and months at a glance, each leading to its year's page: one page with every event
// would weigh megabytes and cost more to render than all the year pages together.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { countOf } from "../site/format.ts";
import { EVENT_NOUN } from "../site/words.ts";
import { html } from "../markup/html.ts";
import { FULL_TIMELINE_EVENTS } from "../site/site-data.ts";
import { outputPath, urls } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";
import { timelineOverview } from "../../_includes/overview-chart.ts";
import { timelineRail } from "../../_includes/timeline-rail.ts";

export const data: TemplateData<PageData> = sitePage("timeline", () => outputPath(urls.timeline()));

export function render({ dateline }: PageData): string {
  const { timeline, site } = dateline;
  const language = site.language;
  const full = timeline.events.length <= FULL_TIMELINE_EVENTS;
  const jump = full && timeline.years.length > 1
    ? html`<nav class="year-jump" aria-label="Years"><ul>${timeline.years.map((y) => html`<li><a href="#y-${y.year}">${y.year}</a></li>`)}</ul></nav>`
    : html``;
  const years = html`<section class="overview" aria-labelledby="years-heading">
<h2 id="years-heading" class="section-heading">Years</h2>
<ul class="year-strip">${timeline.years.map(
    (y) =>
      html`<li><a href="${urls.year(y.year)}"><span class="year-strip-year">${y.year}</span><span class="year-strip-count">${
        countOf(y.count, EVENT_NOUN, language)
      }</span></a></li>`,
  )}</ul>
</section>`;
  const body = html`<header class="page-header">
<h1>Timeline</h1>
<p class="lede">${countOf(timeline.events.length, EVENT_NOUN, language)}${
    full ? ", oldest first" : html`, too many for one page: choose a year`
  }.</p>
${jump}
</header>
${full ? timelineRail(dateline, timeline.years, { level: 2, years: true, months: true }) : html`${timelineOverview(dateline)}
${years}`}`;
  return layout({ data: dateline, title: "Timeline", path: urls.timeline(), section: "timeline", body }).toString();
}

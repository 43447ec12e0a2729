// The overview chart where pages show it: the whole timeline on the home page, a year's months on its
// page, an entity's own events on the first of its pages. Each chart is computed once per render
// (src/site/chart-data.ts); this file only places it. No events, or nothing worth a chart: no markup.
import type { EntityPage } from "../src/model/entity-index.ts";
import type { YearGroup } from "../src/model/timeline.ts";
import { chartFigure } from "../src/site/chart.ts";
import { entityChart, timelineChart, yearChart } from "../src/site/chart-data.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** Home: the centrepiece of the overview; its year labels are the links to each year's page. */
export function timelineOverview(data: SiteData): SafeHtml {
  const chart = timelineChart(data);
  if (!chart) return html``;
  return html`<section class="overview" aria-labelledby="overview-heading">
<h2 id="overview-heading" class="section-heading">${data.messages.t("chart.heading")}</h2>
${chartFigure(chart, { id: "chart-timeline", messages: data.messages, linkYears: true })}
</section>`;
}

/** A year's page: its twelve months, without a row of years (the page's heading is the year). */
export function yearOverview(data: SiteData, year: YearGroup): SafeHtml {
  const chart = yearChart(data, year);
  if (!chart) return html``;
  return html`<div class="year-overview">
${chartFigure(chart, { id: `chart-${year.year}`, messages: data.messages, years: false })}
</div>`;
}

/** An entity's first page: when its events fall in more than one bar. */
export function entityOverview(data: SiteData, page: EntityPage): SafeHtml {
  if (page.pageNumber !== 1) return html``;
  const chart = entityChart(data, page.entry);
  if (!chart) return html``;
  const { entity } = page.entry;
  return html`<section class="entity-overview" aria-labelledby="overview-heading">
<h2 id="overview-heading" class="section-heading">${data.messages.t("chart.heading")}</h2>
${chartFigure(chart, { id: "chart-entity", messages: data.messages, subject: entity.name })}
</section>`;
}

// /timeline/<yyyy>/ — one year of the timeline: its events per month as a chart, then its months on the
// rail, with links to the neighbouring years.
import type { YearGroup } from "../model/timeline.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { outputPath } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";
import { yearOverview } from "../../_includes/overview-chart.ts";
import { pager } from "../../_includes/pager.ts";
import { timelineRail } from "../../_includes/timeline-rail.ts";

type Data = PageData & { year: YearGroup };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.years", size: 1, alias: "year" },
  permalink: (d) => outputPath(d.dateline.urls.year(d.year.year)),
};

export function render({ dateline, year }: Data): string {
  const { messages } = dateline;
  const yearText = (y: number) => dateline.dates.month(y, 0);
  const { previous, next } = dateline.adjacentYears(year.year);
  const nav = pager(
    messages,
    messages.t("timeline.year.pager"),
    previous && { href: dateline.urls.year(previous.year), title: yearText(previous.year) },
    next && { href: dateline.urls.year(next.year), title: yearText(next.year) },
  );
  const body = html`<header class="page-header">
<p class="kicker"><a href="${dateline.urls.timeline()}">${messages.t("timeline.title")}</a></p>
<h1>${yearText(year.year)}</h1>
<p class="lede">${messages.t("events.count", { count: year.count })}</p>
</header>
${yearOverview(dateline, year)}
${timelineRail(dateline, [year], { level: 2, years: false, months: true })}
${nav}`;
  return layout({
    data: dateline,
    title: yearText(year.year),
    path: dateline.urls.year(year.year),
    section: "timeline",
    body,
  }).toString();
}

// /timeline/ — the whole timeline. A small archive shows every event on the rail, oldest first; a large
// one shows its years and months at a glance, each leading to its year's page: one page with every event
// would weigh megabytes and cost more to render than all the year pages together.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { FULL_TIMELINE_EVENTS } from "../site/site-data.ts";
import { outputPath } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";
import { timelineOverview } from "../../_includes/overview-chart.ts";
import { timelineRail } from "../../_includes/timeline-rail.ts";
import { embedDisclosure } from "../../_includes/embed-code.ts";
import { oembedLink, timelineEmbed } from "../site/embed-code.ts";

export const data: TemplateData<PageData> = sitePage("timeline", (d) => outputPath(d.dateline.urls.timeline()));

export function render({ dateline }: PageData): string {
  const { timeline, messages } = dateline;
  const full = timeline.events.length <= FULL_TIMELINE_EVENTS;
  const yearLinks = timeline.years.map(
    (y) => html`<li><a href="#y-${y.year}">${dateline.dates.month(y.year, 0)}</a></li>`,
  );
  const jump =
    full && timeline.years.length > 1
      ? html`<nav class="year-jump" aria-label="${messages.t("timeline.years.label")}"><ul>${yearLinks}</ul></nav>`
      : html``;
  const years = html`<section class="overview" aria-labelledby="years-heading">
<h2 id="years-heading" class="section-heading">${messages.t("timeline.years.heading")}</h2>
<ul class="year-strip">${timeline.years.map(
    (y) =>
      html`<li><a href="${dateline.urls.year(y.year)}"><span class="year-strip-year">${dateline.dates.month(y.year, 0)}</span><span class="year-strip-count">${messages.t(
        "events.count",
        { count: y.count },
      )}</span></a></li>`,
  )}</ul>
</section>`;
  const lede = messages.t(full ? "timeline.lede.all" : "timeline.lede.byYear", { count: timeline.events.length });
  const title = messages.t("timeline.title");
  const embed = timelineEmbed(dateline);
  const body = html`<header class="page-header">
<h1>${title}</h1>
<p class="lede">${lede}</p>
${jump}
${embedDisclosure(dateline, embed)}
</header>
${
  full
    ? timelineRail(dateline, timeline.years, { level: 2, years: true, months: true })
    : html`${timelineOverview(dateline)}
${years}`
}`;
  const feeds = [oembedLink(dateline, embed)];
  return layout({ data: dateline, title, path: dateline.urls.timeline(), section: "timeline", body, feeds }).toString();
}

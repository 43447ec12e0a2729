// / — what the timeline covers, its events over time (a chart whose year labels lead to each year's
// page), the latest events, and where to go next.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../model/entity-kinds.ts";
import { outputPath } from "../site/urls.ts";
import { eventCard } from "../../_includes/event-card.ts";
import { layout } from "../../_includes/layout.ts";
import { timelineOverview } from "../../_includes/overview-chart.ts";
import { overviewMap } from "../../_includes/overview-map.ts";

export const data: TemplateData<PageData> = sitePage("home", (d) => outputPath(d.dateline.urls.home()));

export function render({ dateline }: PageData): string {
  const { site, timeline, messages } = dateline;
  const years = timeline.years;
  const first = years[0];
  const last = years.at(-1);
  const yearLink = (year: number) => html`<a href="${dateline.urls.year(year)}">${dateline.dates.month(year, 0)}</a>`;
  const span =
    first && last
      ? first === last
        ? yearLink(first.year)
        : html`${yearLink(first.year)}–${yearLink(last.year)}`
      : html``;

  const explore = [
    html`<li><a href="${dateline.urls.timeline()}">${messages.t("home.explore.timeline")}</a></li>`,
    ...ENTITY_KINDS.map((kind) => {
      const count = messages.number(dateline.entityLists[kind].length);
      const heading = messages.t(ENTITY_KIND[kind].messages.heading);
      return html`<li><a href="${dateline.urls.entityIndex(kind)}">${heading}</a> <span class="muted">${count}</span></li>`;
    }),
  ];

  const body = html`<section class="hero">
<h1 dir="auto">${site.title}</h1>
<p class="lede" dir="auto">${site.description}</p>
<p class="coverage">${
    timeline.events.length
      ? messages.html("home.coverage", {
          events: html`<strong>${messages.t("events.count", { count: timeline.events.length })}</strong>`,
          years: span,
        })
      : messages.t("home.empty")
  }</p>
<nav aria-label="${messages.t("home.explore.label")}"><ul class="explore">${explore}</ul></nav>
</section>
${timelineOverview(dateline)}
${overviewMap(dateline)}
${
  dateline.latest.length > 0 &&
  html`<section class="latest" aria-labelledby="latest-heading">
<h2 id="latest-heading" class="section-heading">${messages.t("home.latest.heading")}</h2>
<ol class="card-list">${dateline.latest.map((e) => html`<li>${eventCard(dateline, e, 3)}</li>`)}</ol>
<p class="more"><a href="${dateline.urls.timeline()}">${messages.t("home.latest.more")}</a></p>
</section>`
}`;
  return layout({ data: dateline, title: site.title, path: dateline.urls.home(), section: "home", body }).toString();
}

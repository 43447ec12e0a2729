// The vertical timeline: a rail with year and month markers and event cards hanging off it. Used by
// the whole timeline, one year, and (newest first, without month markers) an entity's events.
import type { YearGroup } from "../src/model/timeline.ts";
import { html, raw, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { eventCard, type HeadingLevel } from "./event-card.ts";

export interface RailOptions {
  /** Level of the highest marker heading on the rail (2 under a page's h1, 3 under a section's h2). */
  level: 2 | 3;
  /** Show year markers (off on a single year's page, where the h1 is the year). */
  years: boolean;
  /** Show month markers; without them the cards of a year follow its marker directly. */
  months: boolean;
}

const heading = (level: number) => raw(`h${level}`);

export function timelineRail(data: SiteData, groups: readonly YearGroup[], options: RailOptions): SafeHtml {
  const yearLevel = options.level;
  const monthLevel = options.years ? yearLevel + 1 : yearLevel;
  const cardLevel = Math.min((options.months ? monthLevel : yearLevel) + 1, 4) as HeadingLevel;

  const cards = (events: YearGroup["months"][number]["events"]) =>
    html`<ol class="rail-events">${events.map((e) => html`<li class="rail-item">${eventCard(data, e, cardLevel)}</li>`)}</ol>`;

  const months = (group: YearGroup) =>
    options.months
      ? group.months.map((m) => {
          const id = `m-${group.year}-${m.month}`;
          const h = heading(monthLevel);
          return html`<section class="rail-month" aria-labelledby="${id}">
<${h} class="rail-month-label" id="${id}">${data.dates.month(group.year, m.month)}</${h}>
${cards(m.events)}
</section>`;
        })
      : cards(group.months.flatMap((m) => m.events));

  const years = groups.map((group) => {
    if (!options.years) return months(group);
    const id = `y-${group.year}`;
    const h = heading(yearLevel);
    return html`<section class="rail-year" aria-labelledby="${id}">
<div class="rail-year-marker"><${h} class="rail-year-label" id="${id}"><a href="${data.urls.year(group.year)}">${data.dates.month(group.year, 0)}</a></${h}>
<p class="rail-count">${data.messages.t("events.count", { count: group.count })}</p></div>
${months(group)}
</section>`;
  });
  return html`<div class="rail">${years}</div>`;
}

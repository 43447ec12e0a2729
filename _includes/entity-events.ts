// One page of an entity's events on the timeline rail, newest first under year headings. An event
// counted here because it names something within the entity says where ("at al-Qaim border crossing").
import type { EntityEvent, EntityPage } from "../src/model/entity-index.ts";
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { entityLink } from "./chips.ts";
import { eventCard } from "./event-card.ts";
import { entityPagination } from "./entity-pagination.ts";

interface YearSlice {
  year: number;
  events: EntityEvent[];
}

function byYear(events: readonly EntityEvent[]): YearSlice[] {
  const years: YearSlice[] = [];
  for (const item of events) {
    const last = years.at(-1);
    if (last && last.year === item.event.date.year) last.events.push(item);
    else years.push({ year: item.event.date.year, events: [item] });
  }
  return years;
}

function item(data: SiteData, kind: EntityKind, { event, via }: EntityEvent): SafeHtml {
  // How a rolled-up event is introduced: "at al-Qaim", "via 1st Brigade" (only kinds that nest roll up).
  const key = ENTITY_KIND[kind].within?.via;
  const where = via && key && data.messages.html(key, { name: entityLink(data, kind, via) });
  const introduced = where && html`<p class="rail-via">${where}</p>`;
  return html`<li class="rail-item${via && " rail-item-via"}">${eventCard(data, event, 4)}${introduced}</li>`;
}

export function entityEvents(data: SiteData, page: EntityPage): SafeHtml {
  const { entry, events, offset, pageNumber, pageCount, yearCounts } = page;
  const { kind } = entry.entity;
  const { messages } = data;
  const total = entry.events.length;
  const previous = offset > 0 ? entry.events[offset - 1] : undefined;
  const after = entry.events[offset + events.length];

  const years = byYear(events).map((slice, i, all) => {
    const id = `y-${slice.year}`;
    const continued = i === 0 && previous?.event.date.year === slice.year;
    const continues = i === all.length - 1 && after?.event.date.year === slice.year;
    const note = continued
      ? messages.t("entity.events.continued")
      : continues
        ? messages.t("entity.events.continues")
        : "";
    const count = yearCounts.get(slice.year) ?? slice.events.length;
    const continuation = note && html`<span class="rail-continued"> · ${note}</span>`;
    return html`<section class="rail-year" aria-labelledby="${id}">
<div class="rail-year-marker"><h3 class="rail-year-label" id="${id}">${data.dates.month(slice.year, 0)}</h3>
<p class="rail-count">${messages.t("events.count", { count })}${continuation}</p></div>
<ol class="rail-events">${slice.events.map((e) => item(data, kind, e))}</ol>
</section>`;
  });

  const range =
    pageCount > 1
      ? html`<p class="page-status">${messages.t("entity.events.range", {
          page: pageNumber,
          pages: pageCount,
          first: offset + 1,
          last: offset + events.length,
          count: total,
        })}</p>`
      : html``;
  const name = entry.entity.name;
  return html`<section class="entity-events" aria-labelledby="events-heading">
<h2 id="events-heading" class="section-heading">${messages.t("entity.events.heading")}</h2>
${range}
${
  total === 0
    ? html`<p class="muted">${messages.t("entity.events.none")}</p>`
    : html`${entityPagination(data, page, messages.t("entity.events.pages", { name }))}
<div class="rail">${years}</div>
${entityPagination(data, page, messages.t("entity.events.morePages", { name }))}`
}
</section>`;
}

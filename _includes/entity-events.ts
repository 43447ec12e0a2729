// One page of an entity's events on the timeline rail, newest first under year headings. An event
// counted here because it names something within the entity says where ("at al-Qaim border crossing").
import type { EntityEvent, EntityPage } from "../src/model/entity-index.ts";
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import { countOf, formatNumber } from "../src/site/format.ts";
import { EVENT_NOUN } from "../src/site/words.ts";
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
  return html`<li class="rail-item${via && " rail-item-via"}">${eventCard(data, event, 4)}${
    // How a rolled-up event is introduced: "at al-Qaim", "via 1st Brigade" (only kinds that nest roll up).
    via && html`<p class="rail-via">${ENTITY_KIND[kind].within?.via} ${entityLink(data, kind, via)}</p>`
  }</li>`;
}

export function entityEvents(data: SiteData, page: EntityPage): SafeHtml {
  const { entry, events, offset, pageNumber, pageCount, yearCounts } = page;
  const { kind } = entry.entity;
  const language = data.site.language;
  const total = entry.events.length;
  const previous = offset > 0 ? entry.events[offset - 1] : undefined;
  const after = entry.events[offset + events.length];

  const years = byYear(events).map((slice, i, all) => {
    const id = `y-${slice.year}`;
    const continued = i === 0 && previous?.event.date.year === slice.year;
    const continues = i === all.length - 1 && after?.event.date.year === slice.year;
    const note = continued ? "continued" : continues ? "continues on the next page" : "";
    const count = yearCounts.get(slice.year) ?? slice.events.length;
    return html`<section class="rail-year" aria-labelledby="${id}">
<div class="rail-year-marker"><h3 class="rail-year-label" id="${id}">${slice.year}</h3>
<p class="rail-count">${countOf(count, EVENT_NOUN, language)}${note && html`<span class="rail-continued"> · ${note}</span>`}</p></div>
<ol class="rail-events">${slice.events.map((e) => item(data, kind, e))}</ol>
</section>`;
  });

  const range = pageCount > 1
    ? html`<p class="page-status">Page ${formatNumber(pageNumber, language)} of ${formatNumber(pageCount, language)}: events ${formatNumber(offset + 1, language)}–${formatNumber(offset + events.length, language)} of ${formatNumber(total, language)}, newest first.</p>`
    : html``;
  const name = entry.entity.name;
  return html`<section class="entity-events" aria-labelledby="events-heading">
<h2 id="events-heading" class="section-heading">Events</h2>
${range}
${total === 0
  ? html`<p class="muted">No published event names it yet.</p>`
  : html`${entityPagination(page, `Pages of events for ${name}`)}
<div class="rail">${years}</div>
${entityPagination(page, `More pages of events for ${name}`)}`}
</section>`;
}

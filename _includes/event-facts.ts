// The who/where of an event and the numbers its sources report, as definition lists.
import { ENTITY_KIND, ENTITY_KINDS, idsOf } from "../src/model/entity-kinds.ts";
import type { TimelineEvent } from "../src/model/types.ts";
import { formatNumber } from "../src/site/format.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { entityList } from "./chips.ts";

/** Places, actors and figures, each linked to its page; rows without entries are left out. */
export function eventEntities(data: SiteData, event: TimelineEvent): SafeHtml {
  const rows = ENTITY_KINDS.filter((kind) => idsOf(event, kind).length > 0).map((kind) => {
    const list = entityList(data, kind, idsOf(event, kind));
    return html`<div class="fact"><dt>${ENTITY_KIND[kind].words.heading}</dt><dd>${list}</dd></div>`;
  });
  return rows.length ? html`<dl class="facts">${rows}</dl>` : html``;
}

/** "soldiers returned: 2,000" — labels are editor text, numbers formatted for the site's language. */
export function eventCounts(data: SiteData, event: TimelineEvent): SafeHtml {
  if (event.counts.length === 0) return html``;
  const items = event.counts.map(
    (c) => html`<div class="count"><dt dir="auto">${c.label}</dt><dd>${formatNumber(c.value, data.site.language)}</dd></div>`,
  );
  return html`<section class="counts" aria-labelledby="counts-heading">
<h2 id="counts-heading">Reported figures</h2>
<dl>${items}</dl>
</section>`;
}

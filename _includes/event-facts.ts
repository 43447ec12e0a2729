// The who/where of an event and the numbers its sources report, as definition lists.
import { ENTITY_KIND, ENTITY_KINDS, idsOf } from "../src/model/entity-kinds.ts";
import type { TimelineEvent } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { entityList } from "./chips.ts";
import { langAttr } from "./content-language.ts";

/** Places, actors and figures, each linked to its page; rows without entries are left out. */
export function eventEntities(data: SiteData, event: TimelineEvent): SafeHtml {
  const rows = ENTITY_KINDS.filter((kind) => idsOf(event, kind).length > 0).map((kind) => {
    const list = entityList(data, kind, idsOf(event, kind));
    const heading = data.messages.t(ENTITY_KIND[kind].messages.heading);
    return html`<div class="fact"><dt>${heading}</dt><dd>${list}</dd></div>`;
  });
  return rows.length ? html`<dl class="facts">${rows}</dl>` : html``;
}

/** "soldiers returned: 2,000" — labels are editor text, numbers formatted as the site's catalog says. */
export function eventCounts(data: SiteData, event: TimelineEvent): SafeHtml {
  if (event.counts.length === 0) return html``;
  // Labels are never translated: they keep the language the event's file is written in.
  const lang = langAttr(data, data.originalEvent(event.id)?.lang ?? event.lang);
  const items = event.counts.map(
    (c) =>
      html`<div class="count"><dt dir="auto"${lang}>${c.label}</dt><dd>${data.messages.number(c.value)}</dd></div>`,
  );
  return html`<section class="counts" aria-labelledby="counts-heading">
<h2 id="counts-heading">${data.messages.t("event.counts.heading")}</h2>
<dl>${items}</dl>
</section>`;
}

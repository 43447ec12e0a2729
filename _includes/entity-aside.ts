// Beside an entity's events: what lies within it (with counts) and the entities named with it most,
// grouped by kind. Both come precomputed from the entity index.
import type { EntityEntry, RelatedEntity } from "../src/model/entity-index.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../src/model/entity-kinds.ts";
import type { Entity } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { langAttr } from "./content-language.ts";

/** Up to this many children are listed outright; longer lists show the most active and fold the rest. */
const CHILDREN_SHOWN = 12;

function childItem(data: SiteData, child: Entity): SafeHtml {
  const count = data.entry(child.kind, child.id)?.events.length ?? 0;
  const events = data.messages.t("events.count", { count });
  return html`<li class="aside-item"><a href="${data.urls.entity(child.kind, child.id)}" dir="auto"${langAttr(data, child.lang)}>${child.name}</a> <span class="aside-count">${events}</span></li>`;
}

function children(data: SiteData, entry: EntityEntry): SafeHtml {
  const list = entry.children;
  if (list.length === 0) return html``;
  const { entity } = entry;
  const { messages } = data;
  const count = (e: Entity) => data.entry(e.kind, e.id)?.events.length ?? 0;
  let items: SafeHtml;
  if (list.length <= CHILDREN_SHOWN) {
    items = html`<ul class="aside-list">${list.map((c) => childItem(data, c))}</ul>`;
  } else {
    const top = [...list].sort((a, b) => count(b) - count(a)).slice(0, CHILDREN_SHOWN - 2);
    items = html`<p class="aside-note">${messages.t("entity.aside.mostActive")}</p>
<ul class="aside-list">${top.map((c) => childItem(data, c))}</ul>
<details class="aside-more"><summary>${messages.t("entity.aside.all", { count: list.length })}</summary>
<ul class="aside-list">${list.map((c) => childItem(data, c))}</ul>
</details>`;
  }
  const heading = messages.html("entity.aside.within", {
    name: html`<span dir="auto"${langAttr(data, entity.lang)}>${entity.name}</span>`,
  });
  return html`<section class="aside-block" aria-labelledby="within-heading">
<h2 id="within-heading" class="section-heading">${heading}</h2>
${items}
</section>`;
}

function related(data: SiteData, entry: EntityEntry): SafeHtml {
  if (entry.related.length === 0) return html``;
  const groups = ENTITY_KINDS.map((kind) => [kind, entry.related.filter((r) => r.entity.kind === kind)] as const);
  const shown = groups.filter(([, list]) => list.length > 0);
  const { messages } = data;
  const item = (r: RelatedEntity) => {
    const words = messages.t("entity.aside.together", { count: r.count });
    const together = html`<span class="visually-hidden"> ${words}</span>`;
    const count = html`${messages.number(r.count)}${together}`;
    return html`<li><a class="chip chip-${r.entity.kind}" href="${data.urls.entity(r.entity.kind, r.entity.id)}"><span dir="auto"${langAttr(data, r.entity.lang)}>${r.entity.name}</span><span class="chip-count">${count}</span></a></li>`;
  };
  return html`<section class="aside-block" aria-labelledby="related-heading">
<h2 id="related-heading" class="section-heading">${messages.t("entity.aside.related")}</h2>
${shown.map(
  ([kind, list]) => html`<h3 class="aside-subheading">${messages.t(ENTITY_KIND[kind].messages.heading)}</h3>
<ul class="chips related-chips">${list.map(item)}</ul>`,
)}
</section>`;
}

export function entityAside(data: SiteData, entry: EntityEntry): SafeHtml {
  const parts = [children(data, entry), related(data, entry)].filter((p) => p.toString() !== "");
  const label = data.messages.t("entity.aside.label");
  return parts.length ? html`<aside class="entity-aside" aria-label="${label}">${parts}</aside>` : html``;
}

// /places/, /actors/, /figures/: every entity of a kind, A–Z, with how many events name it.
import type { EntityKind } from "../src/model/types.ts";
import { countOf } from "../src/site/format.ts";
import { html, type SafeHtml } from "../src/site/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";
import { KIND_NAME } from "./entity-page.ts";
import { layout } from "./layout.ts";

export function entityIndex(data: SiteData, kind: EntityKind): SafeHtml {
  const names = KIND_NAME[kind];
  const language = data.site.language;
  const entities = data.entityLists[kind];
  const items = entities.map((entity) => {
    const count = data.eventsOf(kind, entity.id).length;
    const detail = entity.role ?? entity.category?.replace(/-/g, " ");
    return html`<li class="index-item">
<a class="index-name" href="${urls.entity(kind, entity.id)}" dir="auto">${entity.name}</a>
${detail && html`<span class="index-detail" dir="auto">${detail}</span>`}
<span class="index-count">${countOf(count, "event", "events", language)}</span>
</li>`;
  });
  const body = html`<header class="page-header">
<h1>${names.many}</h1>
<p class="lede">${countOf(entities.length, names.one.toLowerCase(), names.many.toLowerCase(), language)}, A–Z.</p>
</header>
${entities.length ? html`<ul class="entity-index">${items}</ul>` : html`<p class="muted">None yet.</p>`}`;
  return layout({ data, title: names.many, path: urls.entityIndex(kind), section: names.section, body });
}

// One page of a place, actor or figure: where it lies, its name, how many events and over what span,
// aliases, facts, description, what lies within it and who or what appears with it, then its events
// newest first (50 a page). Every input comes precomputed from the entity index; nothing here scans
// the event list.
import { langAttr } from "./content-language.ts";
import { feedLinks, feedPathsFor } from "../src/feeds/links.ts";
import type { EntityPage } from "../src/model/entity-index.ts";
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { Entity } from "../src/model/types.ts";
import { html, raw, type SafeHtml } from "../src/markup/html.ts";
import type { Messages } from "../src/site/messages.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { entityLink, entityList } from "./chips.ts";
import { entityAside } from "./entity-aside.ts";
import { embedDisclosure } from "./embed-code.ts";
import { entityEmbed, oembedLink } from "../src/site/embed-code.ts";
import { entityEvents } from "./entity-events.ts";
import { categoryLabel } from "./entity-labels.ts";
import { layout } from "./layout.ts";
import { entityOverview } from "./overview-chart.ts";
import { placeMap } from "./place-map.ts";

function coordinates([lat, lon]: [number, number], messages: Messages): string {
  const degrees = (n: number) => Math.round(Math.abs(n) * 1e4) / 1e4;
  return messages.t("entity.coordinates", {
    latitude: degrees(lat),
    northSouth: messages.t(lat < 0 ? "entity.coordinates.south" : "entity.coordinates.north"),
    longitude: degrees(lon),
    eastWest: messages.t(lon < 0 ? "entity.coordinates.west" : "entity.coordinates.east"),
  });
}

/** Section › outermost › … › parent, each linked; the page's own name follows as the h1. */
function breadcrumbs(data: SiteData, page: EntityPage): SafeHtml {
  const { entity, ancestors } = page.entry;
  const sep = html`<span class="crumb-sep" aria-hidden="true">›</span>`;
  const { messages } = data;
  const section = messages.t(ENTITY_KIND[entity.kind].messages.heading);
  return html`<nav class="breadcrumbs" aria-label="${messages.t("entity.breadcrumbs")}"><ol>
<li class="crumb-section"><a href="${data.urls.entityIndex(entity.kind)}">${section}</a></li>
${ancestors.map((a) => html`<li>${sep}${entityLink(data, a.kind, a.id)}</li>`)}
</ol></nav>`;
}

/** "12 events, 6 December 2024 – 3 January 2025", then "9 of them at places within Anbar". */
function summary(data: SiteData, page: EntityPage): SafeHtml {
  const { entry, rolledUp } = page;
  const { entity } = entry;
  const { messages } = data;
  const events = messages.t("events.count", { count: entry.events.length });
  const count = html`<strong class="entity-count">${events}</strong>`;
  const span =
    entry.first && entry.last && html`<span class="entity-span">${data.dates.range(entry.first, entry.last)}</span>`;
  // Only kinds that nest have events counted through what lies within them.
  const where = ENTITY_KIND[entity.kind].within?.rolledUp;
  const name = html`<span dir="auto"${langAttr(data, entity.lang)}>${entity.name}</span>`;
  return html`<p class="entity-summary">${count}${span && html`<span class="entity-summary-sep">${messages.t("entity.summary.separator")}</span>${span}`}</p>
${rolledUp > 0 && where && html`<p class="entity-rollup">${messages.html(where, { count: rolledUp, name })}</p>`}`;
}

function facts(data: SiteData, entity: Entity): SafeHtml {
  const { messages } = data;
  const rows: SafeHtml[] = [];
  const row = (label: string, value: SafeHtml | string) =>
    rows.push(html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`);
  const category = categoryLabel(data, entity);
  if (category)
    row(messages.t("entity.fact.kind"), html`<span dir="auto"${langAttr(data, category.lang)}>${category.text}</span>`);
  if (entity.role) {
    const lang = langAttr(data, data.roleLanguage(entity.kind, entity.id));
    row(messages.t("entity.fact.role"), html`<span dir="auto"${lang}>${entity.role}</span>`);
  }
  if (entity.affiliations.length) {
    row(messages.t("entity.fact.affiliations"), entityList(data, "actor", entity.affiliations));
  }
  if (entity.coordinates) row(messages.t("entity.fact.coordinates"), coordinates(entity.coordinates, messages));
  return rows.length ? html`<dl class="facts">${rows}</dl>` : html``;
}

function implicitNote(entity: Entity, messages: Messages): SafeHtml {
  const { folder, messages: keys } = ENTITY_KIND[entity.kind];
  const file = html`<code>content/${folder}/${entity.id}.md</code>`;
  return html`<div class="entity-implicit" role="note">
<p><strong>${messages.t(keys.implicit)}</strong> ${messages.t("entity.implicit.reason")}</p>
<p>${messages.html(keys.addFile, { file })}</p>
</div>`;
}

export function entityPage(data: SiteData, page: EntityPage): SafeHtml {
  const { entity } = page.entry;
  const embed = entityEmbed(data, entity);
  const { messages } = data;
  const each = entity.aliases.map((a) => html`<span class="alias" dir="auto">${a}</span>`);
  const aliasList = html`<span class="alias-list">${each}</span>`;
  const aliases = entity.aliases.length
    ? html`<p class="aliases">${messages.html("entity.aliases", { aliases: aliasList })}</p>`
    : html``;
  // Rendered once at load (src/content/entities.ts), not again for each of the entity's pages.
  const prose = raw(entity.descriptionHtml);
  const description = entity.description.trim()
    ? html`<div class="prose"${langAttr(data, data.descriptionLanguage(entity.kind, entity.id))}>${prose}</div>`
    : html``;
  const body = html`<div class="entity-layout">
<article class="entity">
<header class="page-header entity-header">
${breadcrumbs(data, page)}
<h1 dir="auto"${langAttr(data, entity.lang)}>${entity.name}</h1>
${summary(data, page)}
${aliases}
<p class="entity-actions"><a class="entity-search" href="${data.urls.entitySearch(entity.kind, entity.name)}">${messages.html(
    "entity.searchFor",
    { name: html`<bdi${langAttr(data, entity.lang)}>${entity.name}</bdi>` },
  )}</a> <a class="entity-feed" href="${feedPathsFor(data.urls).entity(entity.kind, entity.id)}">${messages.t("entity.feed")}</a></p>
${page.pageNumber === 1 && embedDisclosure(data, embed)}
</header>
${entity.implicit && implicitNote(entity, messages)}
${facts(data, entity)}
${page.pageNumber === 1 && placeMap(data, page.entry)}
${description}
${entityOverview(data, page)}
</article>
${entityAside(data, page.entry)}
${entityEvents(data, page)}
</div>`;
  // Page numbers as they appear in the page's path, like the page links (_includes/entity-pagination.ts).
  const [pageNumber, pages] = [String(page.pageNumber), String(page.pageCount)];
  const title =
    page.pageNumber > 1 ? messages.t("entity.title.page", { name: entity.name, page: pageNumber, pages }) : entity.name;
  const named = messages.t(ENTITY_KIND[entity.kind].messages.named, { count: 1, names: entity.name });
  const plain = entity.descriptionFirstParagraph || named;
  return layout({
    data,
    title,
    path: data.urls.entityPage(entity.kind, entity.id, page.pageNumber),
    description: plain,
    section: entity.kind,
    body,
    feeds: [...feedLinks(entity, data.site, messages, data.urls), oembedLink(data, embed)],
  });
}

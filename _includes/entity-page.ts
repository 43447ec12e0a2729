// One page of a place, actor or figure: where it lies, its name, how many events and over what span,
// aliases, facts, description, what lies within it and who or what appears with it, then its events
// newest first (50 a page). Every input comes precomputed from the entity index; nothing here scans
// the event list.
import { formatDateRange } from "../src/site/dates.ts";
import { feedLinks, feedPaths } from "../src/feeds/links.ts";
import type { EntityPage } from "../src/model/entity-index.ts";
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { Entity } from "../src/model/types.ts";
import { countOf, formatNumber } from "../src/site/format.ts";
import { EVENT_NOUN } from "../src/site/words.ts";
import { html, raw, type SafeHtml } from "../src/markup/html.ts";
import { pluralForm } from "../src/markup/plural.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";
import { entityLink, entityList } from "./chips.ts";
import { entityAside } from "./entity-aside.ts";
import { entityEvents } from "./entity-events.ts";
import { categoryText } from "./entity-labels.ts";
import { layout } from "./layout.ts";
import { entityOverview } from "./overview-chart.ts";
import { placeMap } from "./place-map.ts";

function coordinates([lat, lon]: [number, number], language: string): string {
  const f = (n: number) => formatNumber(Math.round(Math.abs(n) * 1e4) / 1e4, language);
  return `${f(lat)}° ${lat < 0 ? "S" : "N"}, ${f(lon)}° ${lon < 0 ? "W" : "E"}`;
}

/** Section › outermost › … › parent, each linked; the page's own name follows as the h1. */
function breadcrumbs(data: SiteData, page: EntityPage): SafeHtml {
  const { entity, ancestors } = page.entry;
  const sep = html`<span class="crumb-sep" aria-hidden="true">›</span>`;
  return html`<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
<li class="crumb-section"><a href="${urls.entityIndex(entity.kind)}">${ENTITY_KIND[entity.kind].words.heading}</a></li>
${ancestors.map((a) => html`<li>${sep}${entityLink(data, a.kind, a.id)}</li>`)}
</ol></nav>`;
}

/** "12 events, 6 December 2024 – 3 January 2025", then "9 of them at places within Anbar". */
function summary(data: SiteData, page: EntityPage): SafeHtml {
  const { entry, rolledUp } = page;
  const { entity } = entry;
  const language = data.site.language;
  const count = html`<strong class="entity-count">${countOf(entry.events.length, EVENT_NOUN, language)}</strong>`;
  const span = entry.first && entry.last && html`<span class="entity-span">${formatDateRange(entry.first, entry.last)}</span>`;
  // Only kinds that nest have events counted through what lies within them.
  const where = ENTITY_KIND[entity.kind].within?.rolledUp;
  return html`<p class="entity-summary">${count}${span && html`<span class="entity-summary-sep">, </span>${span}`}</p>
${rolledUp > 0 && where && html`<p class="entity-rollup">${
    formatNumber(rolledUp, language)
  } of them ${where} within <span dir="auto">${entity.name}</span></p>`}`;
}

function facts(data: SiteData, entity: Entity): SafeHtml {
  const rows: SafeHtml[] = [];
  const row = (label: string, value: SafeHtml | string) => rows.push(html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`);
  const category = categoryText(entity.category);
  if (category) row("Kind", html`<span dir="auto">${category}</span>`);
  if (entity.role) row("Role", html`<span dir="auto">${entity.role}</span>`);
  if (entity.affiliations.length) row("Affiliations", entityList(data, "actor", entity.affiliations));
  if (entity.coordinates) row("Coordinates", coordinates(entity.coordinates, data.site.language));
  return rows.length ? html`<dl class="facts">${rows}</dl>` : html``;
}

function implicitNote(entity: Entity, language: string): SafeHtml {
  const { folder, words } = ENTITY_KIND[entity.kind];
  const file = `content/${folder}/${entity.id}.md`;
  const noun = pluralForm(1, words.noun, language);
  return html`<div class="entity-implicit" role="note">
<p><strong>No file describes this ${noun} yet.</strong> It appears here because events name it.</p>
<p>To give it a description, aliases ${words.fileAdds}, add the file <code>${file}</code>.</p>
</div>`;
}

export function entityPage(data: SiteData, page: EntityPage): SafeHtml {
  const { entity } = page.entry;
  const language = data.site.language;
  const aliases = entity.aliases.length
    ? html`<p class="aliases">Also known as <span class="alias-list">${entity.aliases.map((a) => html`<span class="alias" dir="auto">${a}</span>`)}</span></p>`
    : html``;
  // Rendered once at load (src/content/entities.ts), not again for each of the entity's pages.
  const prose = raw(entity.descriptionHtml);
  const description = entity.description.trim() ? html`<div class="prose">${prose}</div>` : html``;
  const body = html`<div class="entity-layout">
<article class="entity">
<header class="page-header entity-header">
${breadcrumbs(data, page)}
<h1 dir="auto">${entity.name}</h1>
${summary(data, page)}
${aliases}
<p class="entity-actions"><a class="entity-search" href="${urls.entitySearch(entity.kind, entity.name)}">Search events for <bdi>${entity.name}</bdi></a> <a class="entity-feed" href="${feedPaths.entity(entity.kind, entity.id)}">Atom feed</a></p>
</header>
${entity.implicit && implicitNote(entity, language)}
${facts(data, entity)}
${page.pageNumber === 1 && placeMap(data, page.entry)}
${description}
${entityOverview(data, page)}
</article>
${entityAside(data, page.entry)}
${entityEvents(data, page)}
</div>`;
  const title = page.pageNumber > 1 ? `${entity.name} (page ${page.pageNumber} of ${page.pageCount})` : entity.name;
  const label = pluralForm(1, ENTITY_KIND[entity.kind].words.label, language);
  const plain = entity.descriptionFirstParagraph || `${label}: ${entity.name}`;
  return layout({
    data,
    title,
    path: urls.entityPage(entity.kind, entity.id, page.pageNumber),
    description: plain,
    section: entity.kind,
    body,
    feeds: feedLinks(entity, data.site),
  });
}

// One place, actor or figure: name, kind, aliases, description and its events, newest first.
import type { Entity, EntityKind } from "../src/model/types.ts";
import { formatNumber } from "../src/site/format.ts";
import { groupNewestFirst } from "../src/site/group.ts";
import { html, type SafeHtml } from "../src/site/html.ts";
import { renderMarkdown } from "../src/site/markdown.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";
import { entityLink, entityList } from "./chips.ts";
import { layout } from "./layout.ts";
import type { Section } from "./site-header.ts";
import { timelineRail } from "./timeline-rail.ts";

export const KIND_NAME: Record<EntityKind, { one: string; many: string; section: Section }> = {
  place: { one: "Place", many: "Places", section: "places" },
  actor: { one: "Actor", many: "Actors", section: "actors" },
  figure: { one: "Figure", many: "Figures", section: "figures" },
};

function coordinates([lat, lon]: [number, number], language: string): string {
  const f = (n: number) => formatNumber(Math.round(Math.abs(n) * 1e4) / 1e4, language);
  return `${f(lat)}° ${lat < 0 ? "S" : "N"}, ${f(lon)}° ${lon < 0 ? "W" : "E"}`;
}

function facts(data: SiteData, entity: Entity): SafeHtml {
  const rows: SafeHtml[] = [];
  const row = (label: string, value: SafeHtml | string) => rows.push(html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`);
  if (entity.role) row("Role", html`<span dir="auto">${entity.role}</span>`);
  if (entity.within) row(entity.kind === "place" ? "Within" : "Part of", entityLink(data, entity.kind, entity.within));
  if (entity.affiliations.length) row("Affiliations", entityList(data, "actor", entity.affiliations));
  if (entity.coordinates) row("Coordinates", coordinates(entity.coordinates, data.site.language));
  return rows.length ? html`<dl class="facts">${rows}</dl>` : html``;
}

export function entityPage(data: SiteData, entity: Entity): SafeHtml {
  const kind = KIND_NAME[entity.kind];
  const events = data.eventsOf(entity.kind, entity.id);
  const category = entity.category?.replace(/-/g, " ");
  const aliases = entity.aliases.length
    ? html`<p class="aliases">Also known as <span class="alias-list">${entity.aliases.map((a) => html`<span class="alias" dir="auto">${a}</span>`)}</span></p>`
    : html``;
  const description = entity.description.trim()
    ? html`<div class="prose">${renderMarkdown(entity.description)}</div>`
    : entity.implicit && html`<p class="muted">Named in events, with no description of its own yet.</p>`;
  const eventsSection = html`<section class="entity-events" aria-labelledby="events-heading">
<h2 id="events-heading" class="section-heading">Events <span class="muted">${formatNumber(events.length, data.site.language)}</span></h2>
${events.length ? timelineRail(data, groupNewestFirst(events), { level: 3, years: true, months: false }) : html`<p class="muted">No published events yet.</p>`}
</section>`;
  const body = html`<article class="entity">
<header class="page-header">
<p class="kicker"><a href="${urls.entityIndex(entity.kind)}">${kind.many}</a>${category && html`<span class="kicker-sep"> · </span><span dir="auto">${category}</span>`}</p>
<h1 dir="auto">${entity.name}</h1>
${aliases}
</header>
${facts(data, entity)}
${description}
</article>
${eventsSection}`;
  return layout({ data, title: entity.name, path: urls.entity(entity.kind, entity.id), section: kind.section, body });
}

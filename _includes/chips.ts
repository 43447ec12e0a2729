// Entity links shown as compact chips (on cards) or as plain lists (on the event page). Every name is
// editor text, so each link carries dir="auto".
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import { langAttr } from "./content-language.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** ` lang` on a name shown in a language other than the page's. */
function nameLang(data: SiteData, kind: EntityKind, id: string): SafeHtml {
  const entity = data.entity(kind, id);
  return entity ? langAttr(data, entity.lang) : html``;
}

/** One link to an entity page, showing the entity's name. */
export function entityLink(data: SiteData, kind: EntityKind, id: string, className = ""): SafeHtml {
  return html`<a${className && html` class="${className}"`} href="${data.urls.entity(kind, id)}" dir="auto"${nameLang(data, kind, id)}>${data.name(kind, id)}</a>`;
}

/** Chips for several kinds at once, e.g. an event's places then its actors; empty when there are none. */
export function chips(data: SiteData, groups: readonly [EntityKind, readonly string[]][]): SafeHtml {
  const items = groups.flatMap(([kind, ids]) => {
    // Each chip is one name: "Place: Anbar" to a screen reader.
    const label = html`<span class="visually-hidden">${data.messages.t(ENTITY_KIND[kind].messages.chip)} </span>`;
    return ids.map((id) => {
      const name = html`<span dir="auto"${nameLang(data, kind, id)}>${data.name(kind, id)}</span>`;
      return html`<li><a class="chip chip-${kind}" href="${data.urls.entity(kind, id)}">${label}${name}</a></li>`;
    });
  });
  return items.length ? html`<ul class="chips">${items}</ul>` : html``;
}

/** A comma-free inline list of entity links, for the facts on event and entity pages. */
export function entityList(data: SiteData, kind: EntityKind, ids: readonly string[]): SafeHtml {
  return html`<ul class="entity-list">${ids.map((id) => html`<li>${entityLink(data, kind, id)}</li>`)}</ul>`;
}

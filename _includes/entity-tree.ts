// /places/ by location: every place under the place it lies within, as nested lists. Each place with
// places inside it folds into a <details>, so even a tree of thousands of places stays usable without
// JavaScript: the countries show first, each opens to its governorates, and so on down.
import type { Entity } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { categoryLabel } from "./entity-labels.ts";
import { langAttr } from "./content-language.ts";

/** Trees of up to this many places are shown fully open. */
const OPEN_UP_TO = 40;

function label(data: SiteData, place: Entity): SafeHtml {
  const entry = data.entry("place", place.id);
  const count = entry?.events.length ?? 0;
  const category = categoryLabel(data, place);
  return html`<a class="tree-name" href="${data.urls.entity("place", place.id)}" dir="auto"${langAttr(data, place.lang)}>${place.name}</a>${
    category && html` <span class="tree-detail" dir="auto"${langAttr(data, category.lang)}>${category.text}</span>`
  } <span class="tree-count">${data.messages.t("events.count", { count })}</span>`;
}

/** The tree, or nothing when no place lies within another (it would only repeat the A–Z list). */
export function placeTree(data: SiteData): SafeHtml {
  const places = data.entityLists.place;
  const { messages } = data;
  const childrenOf = (place: Entity) => data.entry("place", place.id)?.children ?? [];
  if (!places.some((p) => childrenOf(p).length > 0)) return html``;

  const small = places.length <= OPEN_UP_TO;
  // Guarded so a `within` cycle (reported by the loader) can never recurse forever.
  const placed = new Set<string>();
  const node = (place: Entity, open: boolean): SafeHtml => {
    placed.add(place.id);
    const kids = childrenOf(place).filter((c) => !placed.has(c.id));
    if (kids.length === 0) return html`<li class="tree-leaf">${label(data, place)}</li>`;
    for (const kid of kids) placed.add(kid.id);
    const inner = kids.map((kid) => node(kid, small));
    // The link stays outside the <summary>: a link inside the toggle would be a control nested in a control.
    const name = html`<span class="visually-hidden"> <bdi${langAttr(data, place.lang)}>${place.name}</bdi></span>`;
    const within = messages.t("index.tree.within", { count: kids.length });
    const summary = html`<summary class="tree-within">${within}${name}</summary>`;
    return html`<li class="tree-branch">${label(data, place)}<details${open && html` open`}>${summary}
<ul class="tree-list">${inner}</ul>
</details></li>`;
  };

  const roots = places.filter((p) => !p.within || p.within === p.id || !data.entry("place", p.within));
  // A small tree shows whole; a large one opens only its single country, if there is just one.
  const branches = roots.filter((p) => childrenOf(p).length > 0).length;
  const items = roots.map((root) => node(root, small || branches === 1));
  // Anything not reached from a root lies in a cycle: list it at the top level rather than lose it.
  const stray = places.filter((p) => !placed.has(p.id)).map((p) => node(p, false));
  return html`<section class="index-section" aria-labelledby="by-location">
<h2 id="by-location" class="section-heading">${messages.t("index.byLocation")}</h2>
<ul class="place-tree">${items}${stray}</ul>
</section>`;
}

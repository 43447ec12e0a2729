// /places/, /actors/, /figures/: the most active first, then every entity A–Z under letter headings,
// each with its event count (rolled up through `within`); /places/ also as a tree of where each lies.
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { Entity, EntityKind } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { categoryLabel } from "./entity-labels.ts";
import { placeTree } from "./entity-tree.ts";
import { layout } from "./layout.ts";
import { langAttr } from "./content-language.ts";

/** How many entities the "Most active" list holds. */
export const MOST_ACTIVE = 10;
/** The ranking is shown once a kind has more entities than this; for a handful it only repeats the list. */
export const RANKING_FROM = 5;

/** Heading for names that start with a digit or symbol. */
export const OTHER_INITIAL = "#";

/**
 * The letter a name is filed under: its first letter or digit without diacritics, upper-cased (`al-Qaim`
 * → A, `Élysée` → E, `الأنبار` → ا). Names starting with a digit, or with no letter at all, go under "#".
 */
export function initialOf(name: string, language: string): string {
  const bare = name.normalize("NFD").replace(/\p{M}/gu, "");
  const first = /[\p{L}\p{N}]/u.exec(bare)?.[0];
  if (!first || !/\p{L}/u.test(first)) return OTHER_INITIAL;
  try {
    return first.toLocaleUpperCase(language).normalize("NFC");
  } catch {
    return first.toUpperCase().normalize("NFC");
  }
}

export interface LetterGroup {
  letter: string;
  /** Anchor id, ASCII only: `letter-a`, `letter-u627`, `letter-other`. */
  id: string;
  entities: Entity[];
}

/** Groups an A–Z list by initial; groups ordered by the collator with "#" last, names keep their order. */
export function letterGroups(entities: readonly Entity[], language: string, collator: Intl.Collator): LetterGroup[] {
  const groups = new Map<string, Entity[]>();
  for (const entity of entities) {
    const letter = initialOf(entity.name, language);
    const list = groups.get(letter);
    if (list) list.push(entity);
    else groups.set(letter, [entity]);
  }
  return [...groups]
    .sort(([a], [b]) =>
      a === OTHER_INITIAL ? 1 : b === OTHER_INITIAL ? -1 : collator.compare(a, b) || (a < b ? -1 : 1),
    )
    .map(([letter, list]) => ({ letter, id: letterId(letter), entities: list }));
}

function letterId(letter: string): string {
  if (letter === OTHER_INITIAL) return "letter-other";
  if (/^[A-Z]$/.test(letter)) return `letter-${letter.toLowerCase()}`;
  return `letter-u${[...letter].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}

function indexItem(data: SiteData, entity: Entity, count: number): SafeHtml {
  const category = categoryLabel(data, entity);
  const detail = entity.role
    ? html`<span class="index-detail" dir="auto"${langAttr(data, data.roleLanguage(entity.kind, entity.id))}>${entity.role}</span>`
    : category && html`<span class="index-detail" dir="auto"${langAttr(data, category.lang)}>${category.text}</span>`;
  return html`<li class="index-item"><span class="index-main">
<a class="index-name" href="${data.urls.entity(entity.kind, entity.id)}" dir="auto"${langAttr(data, entity.lang)}>${entity.name}</a>
${detail}
${entity.implicit && html`<span class="index-implicit">${data.messages.t("index.noFile")}</span>`}
</span>
<span class="index-count">${data.messages.t("events.count", { count })}</span>
</li>`;
}

export function entityIndex(data: SiteData, kind: EntityKind): SafeHtml {
  const keys = ENTITY_KIND[kind].messages;
  const { messages } = data;
  const language = data.site.language;
  const entities = data.entityLists[kind];
  const count = (e: Entity) => data.entry(kind, e.id)?.events.length ?? 0;

  const active =
    entities.length > RANKING_FROM
      ? entities
          .filter((e) => count(e) > 0)
          .sort((a, b) => count(b) - count(a))
          .slice(0, MOST_ACTIVE)
      : [];
  const groups = letterGroups(entities, language, data.collator);
  const tree = kind === "place" ? placeTree(data) : html``;
  const hasTree = tree.toString() !== "";

  const jumps = [
    active.length > 0 && html`<li><a href="#most-active">${messages.t("index.mostActive")}</a></li>`,
    html`<li><a href="#a-z">${messages.t("index.az")}</a></li>`,
    hasTree && html`<li><a href="#by-location">${messages.t("index.byLocation")}</a></li>`,
  ];
  const activeSection =
    active.length > 0 &&
    html`<section class="index-section" aria-labelledby="most-active">
<h2 id="most-active" class="section-heading">${messages.t("index.mostActive")}</h2>
<ol class="entity-index most-active">${active.map((e) => indexItem(data, e, count(e)))}</ol>
</section>`;
  const letters = messages.t("index.letters");
  const letterNav =
    groups.length > 1 &&
    html`<nav class="letter-jump" aria-label="${letters}"><ul>${groups.map(
      (g) => html`<li><a href="#${g.id}" dir="auto">${g.letter}</a></li>`,
    )}</ul></nav>`;
  const azSection = html`<section class="index-section" aria-labelledby="a-z">
<h2 id="a-z" class="section-heading">${messages.t("index.az")}</h2>
${letterNav}
${groups.map(
  (g) => html`<section class="letter-group" aria-labelledby="${g.id}">
<h3 class="letter-heading" id="${g.id}">${g.letter}</h3>
<ul class="entity-index">${g.entities.map((e) => indexItem(data, e, count(e)))}</ul>
</section>`,
)}
</section>`;

  const heading = messages.t(keys.heading);
  const total = { count: entities.length };
  const body = html`<header class="page-header">
<h1>${heading}</h1>
<p class="lede">${entities.length > 0 ? messages.t(keys.indexLede, total) : messages.t(keys.count, total)}</p>
${entities.length > 0 && html`<nav class="index-jump" aria-label="${messages.t("index.jump")}"><ul>${jumps}</ul></nav>`}
</header>
${
  entities.length
    ? html`${activeSection}
${azSection}
${tree}`
    : html`<p class="muted">${messages.t("index.none")}</p>`
}`;
  return layout({ data, title: heading, path: data.urls.entityIndex(kind), section: kind, body });
}

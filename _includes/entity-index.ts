// /places/, /actors/, /figures/: the most active first, then every entity A–Z under letter headings,
// each with its event count (rolled up through `within`); /places/ also as a tree of where each lies.
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { Entity, EntityKind } from "../src/model/types.ts";
import { countOf } from "../src/site/format.ts";
import { EVENT_NOUN } from "../src/site/words.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";
import { categoryText } from "./entity-labels.ts";
import { placeTree } from "./entity-tree.ts";
import { layout } from "./layout.ts";

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
    .sort(([a], [b]) => (a === OTHER_INITIAL ? 1 : b === OTHER_INITIAL ? -1 : collator.compare(a, b) || (a < b ? -1 : 1)))
    .map(([letter, list]) => ({ letter, id: letterId(letter), entities: list }));
}

function letterId(letter: string): string {
  if (letter === OTHER_INITIAL) return "letter-other";
  if (/^[A-Z]$/.test(letter)) return `letter-${letter.toLowerCase()}`;
  return `letter-u${[...letter].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}

function indexItem(data: SiteData, entity: Entity, count: number): SafeHtml {
  const detail = entity.role ?? categoryText(entity.category);
  return html`<li class="index-item"><span class="index-main">
<a class="index-name" href="${urls.entity(entity.kind, entity.id)}" dir="auto">${entity.name}</a>
${detail && html`<span class="index-detail" dir="auto">${detail}</span>`}
${entity.implicit && html`<span class="index-implicit">no file yet</span>`}
</span>
<span class="index-count">${countOf(count, EVENT_NOUN, data.site.language)}</span>
</li>`;
}

export function entityIndex(data: SiteData, kind: EntityKind): SafeHtml {
  const { words, within } = ENTITY_KIND[kind];
  const language = data.site.language;
  const entities = data.entityLists[kind];
  const count = (e: Entity) => data.entry(kind, e.id)?.events.length ?? 0;

  const active = entities.length > RANKING_FROM
    ? entities
        .filter((e) => count(e) > 0)
        .sort((a, b) => count(b) - count(a))
        .slice(0, MOST_ACTIVE)
    : [];
  const groups = letterGroups(entities, language, data.collator);
  const tree = kind === "place" ? placeTree(data) : html``;
  const hasTree = tree.toString() !== "";

  const jumps = [
    active.length > 0 && html`<li><a href="#most-active">Most active</a></li>`,
    html`<li><a href="#a-z">A–Z</a></li>`,
    hasTree && html`<li><a href="#by-location">By location</a></li>`,
  ];
  const activeSection = active.length > 0 && html`<section class="index-section" aria-labelledby="most-active">
<h2 id="most-active" class="section-heading">Most active</h2>
<ol class="entity-index most-active">${active.map((e) => indexItem(data, e, count(e)))}</ol>
</section>`;
  const letterNav = groups.length > 1 && html`<nav class="letter-jump" aria-label="Letters"><ul>${groups.map(
    (g) => html`<li><a href="#${g.id}" dir="auto">${g.letter}</a></li>`,
  )}</ul></nav>`;
  const azSection = html`<section class="index-section" aria-labelledby="a-z">
<h2 id="a-z" class="section-heading">A–Z</h2>
${letterNav}
${groups.map(
  (g) => html`<section class="letter-group" aria-labelledby="${g.id}">
<h3 class="letter-heading" id="${g.id}">${g.letter}</h3>
<ul class="entity-index">${g.entities.map((e) => indexItem(data, e, count(e)))}</ul>
</section>`,
)}
</section>`;

  const body = html`<header class="page-header">
<h1>${words.heading}</h1>
<p class="lede">${countOf(entities.length, words.noun, language)}${
    entities.length > 0 && html`, each with the events that name it${within?.indexNote}.`
  }</p>
${entities.length > 0 && html`<nav class="index-jump" aria-label="On this page"><ul>${jumps}</ul></nav>`}
</header>
${entities.length
  ? html`${activeSection}
${azSection}
${tree}`
  : html`<p class="muted">None yet.</p>`}`;
  return layout({ data, title: words.heading, path: urls.entityIndex(kind), section: kind, body });
}

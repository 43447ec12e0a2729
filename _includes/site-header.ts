// The header on every page: site title, section navigation and the search form (a plain GET form, so
// it works without JavaScript and the search page can read `?q=`).
import { html, type SafeHtml } from "../src/markup/html.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";

/** Where a page belongs, for the navigation: an entity's pages and index belong to its kind. */
export type Section = "home" | "timeline" | EntityKind;

const NAV: { section: Section; label: string; href: string }[] = [
  { section: "timeline", label: "Timeline", href: urls.timeline() },
  ...ENTITY_KINDS.map((kind) => ({
    section: kind,
    label: ENTITY_KIND[kind].words.heading,
    href: urls.entityIndex(kind),
  })),
];

export function siteHeader(data: SiteData, current?: Section): SafeHtml {
  const items = NAV.map(
    (item) => html`<li><a href="${item.href}"${item.section === current && html` aria-current="page"`}>${item.label}</a></li>`,
  );
  return html`<header class="site-header">
<div class="wrap header-inner">
<a class="site-title" href="${urls.home()}" dir="auto"${current === "home" && html` aria-current="page"`}>${data.site.title}</a>
<form class="site-search" action="${urls.search()}" method="get" role="search">
<label class="visually-hidden" for="site-search-q">Search events</label>
<input type="search" id="site-search-q" name="q" placeholder="Search events" autocomplete="off">
<button type="submit">Search</button>
</form>
<nav class="site-nav" aria-label="Sections"><ul>${items}</ul></nav>
</div>
</header>`;
}

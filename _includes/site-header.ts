// The header on every page: site title, section navigation and the search form (a plain GET form, so
// it works without JavaScript and the search page can read `?q=`).
import { html, type SafeHtml } from "../src/markup/html.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import type { TextKey } from "../src/site/messages.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";

/** Where a page belongs, for the navigation: an entity's pages and index belong to its kind. */
export type Section = "home" | "timeline" | EntityKind;

const NAV: { section: Section; label: TextKey; href: string }[] = [
  { section: "timeline", label: "nav.timeline", href: urls.timeline() },
  ...ENTITY_KINDS.map((kind) => ({
    section: kind,
    label: ENTITY_KIND[kind].messages.heading,
    href: urls.entityIndex(kind),
  })),
];

export function siteHeader(data: SiteData, current?: Section): SafeHtml {
  const { messages } = data;
  const items = NAV.map((item) => {
    const currentPage = item.section === current && html` aria-current="page"`;
    return html`<li><a href="${item.href}"${currentPage}>${messages.t(item.label)}</a></li>`;
  });
  const placeholder = messages.t("header.search.placeholder");
  return html`<header class="site-header">
<div class="wrap header-inner">
<a class="site-title" href="${urls.home()}" dir="auto"${current === "home" && html` aria-current="page"`}>${data.site.title}</a>
<form class="site-search" action="${urls.search()}" method="get" role="search">
<label class="visually-hidden" for="site-search-q">${messages.t("header.search.label")}</label>
<input type="search" id="site-search-q" name="q" placeholder="${placeholder}" autocomplete="off">
<button type="submit">${messages.t("header.search.button")}</button>
</form>
<nav class="site-nav" aria-label="${messages.t("nav.label")}"><ul>${items}</ul></nav>
</div>
</header>`;
}

// The header on every page: site title, section navigation, the search form (a plain GET form, so
// it works without JavaScript and the search page can read `?q=`) and, on a site with more than one
// edition, the language switcher.
import { html, type SafeHtml } from "../src/markup/html.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import type { TextKey } from "../src/site/messages.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { languageSwitcher } from "./language-switcher.ts";

/** Where a page belongs, for the navigation: an entity's pages and index belong to its kind. */
export type Section = "home" | "timeline" | EntityKind;

function nav(data: SiteData): { section: Section; label: TextKey; href: string }[] {
  return [
    { section: "timeline", label: "nav.timeline", href: data.urls.timeline() },
    ...ENTITY_KINDS.map((kind) => ({
      section: kind,
      label: ENTITY_KIND[kind].messages.heading,
      href: data.urls.entityIndex(kind),
    })),
  ];
}

/** `path`: this page's URL in this edition, for the switcher's links to the same page in the others. */
export function siteHeader(data: SiteData, current: Section | undefined, path: string): SafeHtml {
  const { messages } = data;
  const items = nav(data).map((item) => {
    const currentPage = item.section === current && html` aria-current="page"`;
    return html`<li><a href="${item.href}"${currentPage}>${messages.t(item.label)}</a></li>`;
  });
  const placeholder = messages.t("header.search.placeholder");
  const title = data.title;
  const titleLang = title.lang !== data.language && html` lang="${title.lang}"`;
  return html`<header class="site-header">
<div class="wrap header-inner">
<a class="site-title" href="${data.urls.home()}" dir="auto"${titleLang}${current === "home" && html` aria-current="page"`}>${title.text}</a>
<form class="site-search" action="${data.urls.search()}" method="get" role="search">
<label class="visually-hidden" for="site-search-q">${messages.t("header.search.label")}</label>
<input type="search" id="site-search-q" name="q" placeholder="${placeholder}" autocomplete="off">
<button type="submit">${messages.t("header.search.button")}</button>
</form>
<nav class="site-nav" aria-label="${messages.t("nav.label")}"><ul>${items}</ul></nav>${languageSwitcher(data, path)}
</div>
</header>`;
}

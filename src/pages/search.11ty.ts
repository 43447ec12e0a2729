// /search/ — full-text search over the events with filters; the results come from Pagefind in the browser.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { outputPath, urls } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";
import { searchApp } from "../../_includes/search-app.ts";

export const data: TemplateData<PageData> = sitePage("search", () => outputPath(urls.search()));

export function render({ dateline }: PageData): string {
  const body = html`<div class="search-page">
<header class="page-header">
<h1>Search</h1>
<p class="lede">Find events by their words, or narrow them down by place, group, person, year and tag.</p>
</header>
${searchApp(dateline)}
</div>`;
  return layout({
    data: dateline,
    title: "Search",
    path: urls.search(),
    description: `Search the events of ${dateline.site.title}.`,
    body,
  }).toString();
}

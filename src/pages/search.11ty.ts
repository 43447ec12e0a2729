// /search/ — full-text search over the events with filters; the results come from Pagefind in the browser.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { outputPath } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";
import { searchApp } from "../../_includes/search-app.ts";

export const data: TemplateData<PageData> = sitePage("search", (d) => outputPath(d.dateline.urls.search()));

export function render({ dateline }: PageData): string {
  const { messages } = dateline;
  const title = messages.t("search.title");
  const body = html`<div class="search-page">
<header class="page-header">
<h1>${title}</h1>
<p class="lede">${messages.t("search.lede")}</p>
</header>
${searchApp(dateline)}
</div>`;
  return layout({
    data: dateline,
    title,
    path: dateline.urls.search(),
    description: messages.t("search.description", { site: dateline.site.title }),
    body,
  }).toString();
}

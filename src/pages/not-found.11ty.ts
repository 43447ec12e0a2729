// /404.html — served by most static hosts for any missing path; each edition has its own (/ar/404.html),
// which hosts that allow a 404 page per folder serve under it.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { layout } from "../../_includes/layout.ts";

export const data: TemplateData<PageData> = sitePage(
  "notFound",
  (d: PageData) => `${d.dateline.edition.prefix}/404.html`,
);

export function render({ dateline }: PageData): string {
  const { messages } = dateline;
  const title = messages.t("notFound.title");
  const body = html`<header class="page-header">
<h1>${title}</h1>
<p class="lede">${messages.t("notFound.lede")}</p>
</header>
<ul class="explore">
<li><a href="${dateline.urls.home()}">${messages.t("nav.home")}</a></li>
<li><a href="${dateline.urls.timeline()}">${messages.t("nav.timeline")}</a></li>
</ul>`;
  return layout({ data: dateline, title, path: `${dateline.edition.prefix}/404.html`, body }).toString();
}

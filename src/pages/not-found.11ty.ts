// /404.html — served by most static hosts for any missing path.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { urls } from "../site/urls.ts";
import { layout } from "../../_includes/layout.ts";

export const data: TemplateData<PageData> = sitePage("notFound", () => "/404.html");

export function render({ dateline }: PageData): string {
  const body = html`<header class="page-header">
<h1>Page not found</h1>
<p class="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>
</header>
<ul class="explore">
<li><a href="${urls.home()}">Home</a></li>
<li><a href="${urls.timeline()}">Timeline</a></li>
</ul>`;
  return layout({ data: dateline, title: "Page not found", path: "/404.html", body }).toString();
}

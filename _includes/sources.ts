// An event's sources: title (linked when it has a safe URL), publisher, date, archived copy.
import type { Source } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { externalUrl } from "../src/site/urls.ts";
import { plainDate } from "./event-date.ts";

const REL = "noopener noreferrer";

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

function source(s: Source, data: SiteData): SafeHtml | undefined {
  const { messages } = data;
  // Render defensively: anything that is not http(s) is dropped, never turned into a link.
  const url = externalUrl(s.url);
  const archive = externalUrl(s.archive);
  const label = s.title ?? (url ? hostOf(url) : undefined);
  if (!label) return undefined;
  const title = url ? html`<a href="${url}" rel="${REL}">${label}</a>` : label;
  const details = [
    s.publisher && html`<span class="source-publisher" dir="auto">${s.publisher}</span>`,
    s.date && plainDate(data, s.date),
    archive && html`<a href="${archive}" rel="${REL}">${messages.t("event.sources.archived")}</a>`,
  ].filter((d): d is SafeHtml => Boolean(d));
  return html`<li><cite dir="auto">${title}</cite>${details.map((d) => html`<span class="source-sep">, </span>${d}`)}</li>`;
}

export function sourceList(data: SiteData, sources: readonly Source[]): SafeHtml {
  const { messages } = data;
  const items = sources.map((s) => source(s, data)).filter((s): s is SafeHtml => s !== undefined);
  if (items.length === 0) return html``;
  return html`<section class="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">${messages.t("event.sources.heading")}</h2>
<ol>${items}</ol>
</section>`;
}

// An event's sources: title (linked when it has a safe URL, marked with its language when it is not the
// page's), publisher, date, archived copy.
import type { Source } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { externalUrl } from "../src/site/urls.ts";
import { langAttr } from "./content-language.ts";
import { plainDate } from "./event-date.ts";

const REL = "noopener noreferrer";

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** `lang`: the language the title is in, the source's own or its event file's. */
function source(s: Source, data: SiteData, lang: string): SafeHtml | undefined {
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
  return html`<li><cite dir="auto"${langAttr(data, s.lang ?? lang)}>${title}</cite>${details.map((d) => html`<span class="source-sep">, </span>${d}`)}</li>`;
}

/** `lang` is the event file's language: a source's title is taken to be in it unless the source says. */
export function sourceList(data: SiteData, sources: readonly Source[], lang: string): SafeHtml {
  const { messages } = data;
  const items = sources.map((s) => source(s, data, lang)).filter((s): s is SafeHtml => s !== undefined);
  if (items.length === 0) return html``;
  return html`<section class="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">${messages.t("event.sources.heading")}</h2>
<ol>${items}</ol>
</section>`;
}

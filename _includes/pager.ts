// Previous/next navigation between neighbours in time: events on event pages, years on year pages.
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { Messages } from "../src/site/messages.ts";

export interface PagerLink {
  href: string;
  /** Editor text (an event title) or a year. */
  title: string;
  /** The title's ` lang` attribute when it is not in the page's language (an untranslated event's). */
  lang?: SafeHtml;
}

export function pager(messages: Messages, label: string, previous?: PagerLink, next?: PagerLink): SafeHtml {
  if (!previous && !next) return html``;
  const link = (rel: "prev" | "next", l: PagerLink) => {
    const word = messages.t(rel === "prev" ? "pager.previous" : "pager.next");
    const direction = html`<span class="pager-dir">${word}</span>`;
    const title = html`<span class="pager-title" dir="auto"${l.lang ?? html``}>${l.title}</span>`;
    return html`<a class="pager-${rel}" rel="${rel}" href="${l.href}">${direction}${title}</a>`;
  };
  return html`<nav class="pager" aria-label="${label}">
${previous ? link("prev", previous) : html`<span></span>`}
${next && link("next", next)}
</nav>`;
}

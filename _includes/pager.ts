// Previous/next navigation between neighbours in time: events on event pages, years on year pages.
import { html, type SafeHtml } from "../src/markup/html.ts";

export interface PagerLink {
  href: string;
  /** Editor text (an event title) or a year. */
  title: string;
}

export function pager(label: string, previous?: PagerLink, next?: PagerLink): SafeHtml {
  if (!previous && !next) return html``;
  const link = (rel: "prev" | "next", l: PagerLink) =>
    html`<a class="pager-${rel}" rel="${rel}" href="${l.href}"><span class="pager-dir">${rel === "prev" ? "← Previous" : "Next →"}</span><span class="pager-title" dir="auto">${l.title}</span></a>`;
  return html`<nav class="pager" aria-label="${label}">
${previous ? link("prev", previous) : html`<span></span>`}
${next && link("next", next)}
</nav>`;
}

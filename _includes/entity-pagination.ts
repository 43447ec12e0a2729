// Page links for an entity's events when they run past one page: previous and next, and the page
// numbers (all of them when few; otherwise the first, the last and those around the current one).
import type { EntityPage } from "../src/model/entity-index.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** Page numbers to show, with 0 standing for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, count: number, around = 2): number[] {
  if (count <= 2 * around + 5) return Array.from({ length: count }, (_, i) => i + 1);
  const start = Math.max(2, Math.min(current - around, count - 2 * around - 2));
  const end = Math.min(count - 1, Math.max(current + around, 2 * around + 3));
  const numbers = [1];
  if (start > 2) numbers.push(0);
  for (let n = start; n <= end; n++) numbers.push(n);
  if (end < count - 1) numbers.push(0);
  numbers.push(count);
  return numbers;
}

export function entityPagination(data: SiteData, page: EntityPage, label: string): SafeHtml {
  const { messages } = data;
  if (page.pageCount < 2) return html``;
  const { kind, id } = page.entry.entity;
  const href = (n: number) => data.urls.entityPage(kind, id, n);
  const current = page.pageNumber;
  const word = html`<span class="visually-hidden">${messages.t("pager.page")} </span>`;
  const numbers = pageWindow(current, page.pageCount).map((n) =>
    n === 0
      ? html`<li class="page-gap" aria-hidden="true">…</li>`
      : n === current
        ? html`<li><a class="page-number" href="${href(n)}" aria-current="page">${word}${n}</a></li>`
        : html`<li><a class="page-number" href="${href(n)}">${word}${n}</a></li>`,
  );
  const previous = messages.t("pager.previous");
  const following = messages.t("pager.next");
  const prev =
    current > 1
      ? html`<a class="page-step" rel="prev" href="${href(current - 1)}">${previous}</a>`
      : html`<span class="page-step" aria-disabled="true">${previous}</span>`;
  const next =
    current < page.pageCount
      ? html`<a class="page-step" rel="next" href="${href(current + 1)}">${following}</a>`
      : html`<span class="page-step" aria-disabled="true">${following}</span>`;
  return html`<nav class="page-nav" aria-label="${label}">
${prev}
<ol class="page-numbers">${numbers}</ol>
${next}
</nav>`;
}

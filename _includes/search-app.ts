// The search page's markup: the form, one fieldset per filter, the live status line and an empty results
// list that the script of src/search/browser/ fills from Pagefind (its page-elements.ts names what it
// needs). Without JavaScript none of it can work, so it stays hidden and a <noscript> note points to the
// pages that list every event.
import { html, type SafeHtml } from "../src/markup/html.ts";
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import { SEARCH_FILTERS, type SearchFilter } from "../src/search/filters.ts";
import { SEARCH_SCRIPT_MESSAGES, type SearchPageMessages } from "../src/search/page-messages.ts";
import type { CalendarDate } from "../src/model/calendar.ts";
import { EVENTS_PER_SEARCH_PART, searchParts, type PagePart } from "../src/search/parts.ts";
import type { Messages } from "../src/site/messages.ts";
import type { SiteData } from "../src/site/site-data.ts";

function browseLinks(data: SiteData): SafeHtml {
  const { messages } = data;
  const index = (kind: EntityKind) =>
    html`<a href="${data.urls.entityIndex(kind)}">${messages.t(ENTITY_KIND[kind].messages.browse)}</a>`;
  return messages.html("search.browse", {
    timeline: html`<a href="${data.urls.timeline()}">${messages.t("search.browse.timeline")}</a>`,
    places: index("place"),
    actors: index("actor"),
    figures: index("figure"),
  });
}

function facet(messages: Messages, { key, messages: keys }: SearchFilter): SafeHtml {
  return html`<fieldset class="facet" data-facet="${key}" hidden>
<legend>${messages.t(keys.legend)}</legend>
<ul class="facet-values" id="facet-${key}"></ul>
<button type="button" class="facet-toggle" aria-controls="facet-${key}" aria-expanded="false" hidden></button>
</fieldset>`;
}

/**
 * The messages the script shows, as the catalog holds them, as JSON for the app's data-messages: the
 * script formats them itself, in the browser, and holds no words of its own.
 */
function scriptMessages(messages: Messages): string {
  const keys = [...SEARCH_SCRIPT_MESSAGES, ...SEARCH_FILTERS.flatMap((f) => [f.messages.chip, f.messages.showAll])];
  const carried: SearchPageMessages = {
    language: messages.language,
    numbers: messages.numberLocale,
    messages: Object.fromEntries(keys.map((key) => [key, messages.entry(key)])),
  };
  return JSON.stringify(carried);
}

/** The index's parts for the app's data-parts, oldest first (src/search/parts.ts). */
function pageParts(data: SiteData): string {
  const { events } = data.timeline;
  // The day is enough to say how far a search reached; a time of day would only distract.
  const day = (d: CalendarDate | undefined) => {
    if (!d) return "";
    if (d.precision !== "minute") return data.dates.date(d);
    return data.dates.date({ precision: "day", year: d.year, month: d.month, day: d.day, text: d.text.slice(0, 10) });
  };
  const parts = searchParts(events.length, data.eventsPerSearchPart, data.edition.prefix).map((part): PagePart => ({
    url: part.url,
    events: part.end - part.start,
    first: day(events[part.start]?.date),
    last: day(events[part.end - 1]?.date),
  }));
  return JSON.stringify(parts);
}

export function searchApp(data: SiteData): SafeHtml {
  const { messages } = data;
  const browse = browseLinks(data);
  // The step of a built site whatever its parts, so the dev server's smaller ones are searched alike.
  const step = data.searchStepEvents ?? EVENTS_PER_SEARCH_PART;
  const bundle = html`data-bundle="${data.urls.searchBundle()}" data-parts="${pageParts(data)}" data-step="${step}"`;
  const words = html`data-language="${data.site.language}" data-messages="${scriptMessages(messages)}"`;
  const filters = html`<span class="search-filters-title">${messages.t("search.filters.title")}</span>`;
  const moreText = messages.t("search.more");
  const more = html`<button type="button" class="search-more" id="search-more" hidden>${moreText}</button>`;
  return html`<noscript>
<div class="search-notice">
<p>${messages.html("search.noScript", { lead: html`<strong>${messages.t("search.noScript.lead")}</strong>` })}</p>
<p>${browse}</p>
</div>
</noscript>
<div class="search-app" id="search-app" ${bundle} ${words} hidden>
<form class="search-form" id="search-form" action="${data.urls.search()}" method="get" role="search">
<div class="search-query">
<label class="search-label" for="search-q">${messages.t("search.query.label")}</label>
<div class="search-query-row">
<input type="search" id="search-q" name="q" autocomplete="off" dir="auto" aria-describedby="search-hint">
<button type="submit">${messages.t("search.query.button")}</button>
</div>
<p class="search-hint" id="search-hint">${messages.t("search.query.hint")}</p>
</div>
<div class="search-body">
<details class="search-filters" id="search-filters">
<summary>${filters} <span class="search-filters-count" id="search-filters-count"></span></summary>
<div class="search-facets">
${SEARCH_FILTERS.map((filter) => facet(messages, filter))}
<p class="facet-none" id="search-facets-none" hidden>${messages.t("search.filters.none")}</p>
</div>
</details>
<section class="search-results-section" aria-labelledby="search-results-heading">
<h2 class="visually-hidden" id="search-results-heading">${messages.t("search.results.heading")}</h2>
<div class="search-toolbar">
<p class="search-status" id="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<p class="search-order">
<label for="search-sort">${messages.t("search.order.label")}</label>
<select id="search-sort" name="sort">
<option value="relevance">${messages.t("search.order.relevance")}</option>
<option value="newest">${messages.t("search.order.newest")}</option>
<option value="oldest">${messages.t("search.order.oldest")}</option>
</select>
</p>
</div>
<div class="search-active" id="search-active" hidden>
<ul class="search-active-list" aria-label="${messages.t("search.active.label")}"></ul>
<button type="button" class="search-clear" id="search-clear">${messages.t("search.active.clear")}</button>
</div>
<ol class="search-results" id="search-results" aria-labelledby="search-results-heading"></ol>
<div class="search-empty" id="search-empty" hidden>
<p>${messages.t("search.empty")} ${browse}</p>
</div>
<p class="search-more-row">${more}</p>
</section>
</div>
</form>
</div>
<div class="search-notice" id="search-unavailable" hidden>
<p>${messages.html("search.unavailable", { lead: html`<strong>${messages.t("search.unavailable.lead")}</strong>` })}</p>
<p>${browse}</p>
</div>
<script type="module" src="${data.urls.searchScript()}"></script>`;
}

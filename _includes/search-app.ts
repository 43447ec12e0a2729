// The search page's markup: the form, one fieldset per filter, the live status line and an empty results
// list that the script of src/search/browser/ fills from Pagefind (its page-elements.ts names what it
// needs). Without JavaScript none of it can work, so it stays hidden and a <noscript> note points to the
// pages that list every event.
import { html, type SafeHtml } from "../src/markup/html.ts";
import { ENTITY_KIND } from "../src/model/entity-kinds.ts";
import type { EntityKind } from "../src/model/types.ts";
import { SEARCH_FILTERS, type SearchFilter } from "../src/search/filters.ts";
import { searchParts } from "../src/search/parts.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";

function browseLinks(): SafeHtml {
  const index = (kind: EntityKind) =>
    html`<a href="${urls.entityIndex(kind)}">${ENTITY_KIND[kind].words.noun.other}</a>`;
  return html`Every event is also on the <a href="${urls.timeline()}">timeline</a>, and in the indexes of
${index("place")}, ${index("actor")} and
${index("figure")}.`;
}

function facet({ key, label, singular }: SearchFilter): SafeHtml {
  return html`<fieldset class="facet" data-facet="${key}" data-singular="${singular}" hidden>
<legend>${label}</legend>
<ul class="facet-values" id="facet-${key}"></ul>
<button type="button" class="facet-toggle" aria-controls="facet-${key}" aria-expanded="false" hidden></button>
</fieldset>`;
}

export function searchApp(data: SiteData): SafeHtml {
  return html`<noscript>
<div class="search-notice">
<p><strong>Search needs JavaScript</strong>, which is turned off or not available in this browser.</p>
<p>${browseLinks()}</p>
</div>
</noscript>
<div class="search-app" id="search-app" data-bundle="${urls.searchBundle()}" data-merge="${searchParts(data.timeline.events.length, data.eventsPerSearchPart).slice(1).map((part) => part.url).join(" ")}" data-language="${data.site.language}" hidden>
<form class="search-form" id="search-form" action="${urls.search()}" method="get" role="search">
<div class="search-query">
<label class="search-label" for="search-q">Search events</label>
<div class="search-query-row">
<input type="search" id="search-q" name="q" autocomplete="off" dir="auto" aria-describedby="search-hint">
<button type="submit">Search</button>
</div>
<p class="search-hint" id="search-hint">Words from titles, text, places, groups, people, tags and sources. Leave it empty to browse.</p>
</div>
<div class="search-body">
<details class="search-filters" id="search-filters">
<summary><span class="search-filters-title">Filters</span> <span class="search-filters-count" id="search-filters-count"></span></summary>
<div class="search-facets">
${SEARCH_FILTERS.map(facet)}
<p class="facet-none" id="search-facets-none" hidden>Nothing to narrow down.</p>
</div>
</details>
<section class="search-results-section" aria-labelledby="search-results-heading">
<h2 class="visually-hidden" id="search-results-heading">Results</h2>
<div class="search-toolbar">
<p class="search-status" id="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<p class="search-order">
<label for="search-sort">Order</label>
<select id="search-sort" name="sort">
<option value="relevance">Best match</option>
<option value="newest">Newest first</option>
<option value="oldest">Oldest first</option>
</select>
</p>
</div>
<div class="search-active" id="search-active" hidden>
<ul class="search-active-list" aria-label="Active filters"></ul>
<button type="button" class="search-clear" id="search-clear">Clear filters</button>
</div>
<ol class="search-results" id="search-results" aria-labelledby="search-results-heading"></ol>
<div class="search-empty" id="search-empty" hidden>
<p>Try other or fewer words, or remove a filter. ${browseLinks()}</p>
</div>
<p class="search-more-row"><button type="button" class="search-more" id="search-more" hidden>Show more results</button></p>
</section>
</div>
</form>
</div>
<div class="search-notice" id="search-unavailable" hidden>
<p><strong>Search could not be loaded.</strong> Please try again later.</p>
<p>${browseLinks()}</p>
</div>
<script type="module" src="${urls.searchScript()}"></script>`;
}

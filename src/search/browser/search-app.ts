// The search page (/search/) on Pagefind's JavaScript API: the state in the address, the searches, the
// results a page at a time. main.ts starts it; each concern it calls lives in a file of its own here.
//
// Why a small UI of our own instead of Pagefind's Default UI or Component UI (both ship in /pagefind/):
// - The address is the state. Neither keeps the query, filters and order in the URL, so a search could
//   not be shared, bookmarked or walked back with the Back button. Here /search/?q=crossing&actor=…&sort=newest
//   restores exactly what the reader saw, and every deliberate change is a history entry.
// - Order. Pagefind sorts by our date key only through its API; neither UI offers newest or oldest first.
// - Filters. Ours list every value with a live count in a fieldset with a legend, drill down (each checked
//   value must match), and keep their order while the counts change, so the checkbox in focus stays put.
// - Safety and fit. Pagefind's UIs insert the excerpt as HTML and bring their own look; here results are
//   built with createElement/textContent in the site's own styles, light and dark.
import { SEARCH_FILTERS, type SearchFilter } from "../filters.ts";
import { focusNearChip, showActiveFilters } from "./active-filters.ts";
import { directionOf, RESULTS_AT_A_TIME, type ArchiveIndex, type ArchiveSearch } from "./archive-search.ts";
import { text } from "./dom.ts";
import { FacetPanel } from "./facet-panel.ts";
import { placeFiltersPanel } from "./filters-panel.ts";
import { isEmptyIndex, openArchive } from "./load-index.ts";
import { formatsFor } from "./locale.ts";
import type { PageElements } from "./page-elements.ts";
import type { PageMessages } from "./page-messages.ts";
import type { PagefindResultData } from "./pagefind-api.ts";
import { resultItem } from "./result-item.ts";
import { searchOptions } from "./search-options.ts";
import {
  activeFilterCount,
  effectiveOrder,
  isOrder,
  readState,
  stateUrl,
  titleFor,
  type Order,
  type SearchState,
} from "./search-state.ts";
import { describeSearch, moreLabel } from "./status-text.ts";

/** Milliseconds of quiet before a typed query runs. */
const TYPING_DELAY = 250;

class SearchApp {
  private readonly baseTitle = document.title;
  private readonly filters: FacetPanel;
  private archive: ArchiveIndex | undefined;
  private state: SearchState = readState(location.search);
  /** The search on the page, the order it was run in, and its number in `sequence`. */
  private current: { search: ArchiveSearch; order: Order; sequence: number } | undefined;
  /** Bumped by every search; an older search that finishes late is dropped. */
  private sequence = 0;
  private typingTimer: number | undefined;
  /** True while the current history entry was made by typing, so further typing replaces it. */
  private typingEntry = false;

  constructor(
    private readonly page: PageElements,
    private readonly messages: PageMessages,
  ) {
    this.filters = new FacetPanel(page.app, formatsFor(page.app.dataset.language || "en"), messages, this.onFilter);
  }

  async start(): Promise<void> {
    const { app, unavailable, statusLine, input } = this.page;
    app.hidden = false;
    this.syncControls();
    placeFiltersPanel(this.page.filtersPanel);
    statusLine.textContent = this.messages.say("search.status.loading");
    let archive: ArchiveIndex;
    try {
      archive = await openArchive(app.dataset.bundle ?? "", app.dataset.parts ?? "", app.dataset.step ?? "");
      await archive.prepare(directionOf(effectiveOrder(this.state)));
    } catch (error) {
      if (isEmptyIndex(error)) {
        statusLine.textContent = this.messages.say("search.status.nothingPublished");
        return;
      }
      console.error("Search could not be loaded:", error);
      app.hidden = true;
      unavailable.hidden = false;
      return;
    }
    this.archive = archive;
    // Whatever was typed while the index loaded is the query.
    this.state.q = input.value;
    this.syncSortOptions();
    this.wireEvents(archive);
    await this.runSearch();
  }

  // ---- The address and the controls ----

  /** "push" for a deliberate change (a filter, the order, a submitted query), "replace" while typing. */
  private commit(mode: "push" | "replace"): void {
    const url = stateUrl(this.state, location.pathname);
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    document.title = titleFor(this.state, this.baseTitle, this.messages);
  }

  private syncControls(): void {
    this.page.input.value = this.state.q;
    document.title = titleFor(this.state, this.baseTitle, this.messages);
    this.syncSortOptions();
  }

  private syncSortOptions(): void {
    const relevance = this.page.sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = this.state.q.trim() === "";
    this.page.sortSelect.value = effectiveOrder(this.state);
  }

  // ---- Events ----

  private wireEvents(archive: ArchiveIndex): void {
    const { input, form, sortSelect, clearButton, more } = this.page;
    input.addEventListener("input", () => {
      this.state.q = input.value;
      // A hint only: should loading fail, the search that follows says so.
      if (input.value.trim()) archive.preload(input.value.trim(), directionOf(effectiveOrder(this.state)));
      this.syncSortOptions();
      clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => {
        this.commit(this.typingEntry ? "replace" : "push");
        this.typingEntry = true;
        void this.runSearch();
      }, TYPING_DELAY);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.state.q = input.value;
      this.commit(this.typingEntry ? "replace" : "push");
      this.typingEntry = false;
      void this.runSearch();
    });
    sortSelect.addEventListener("change", () => {
      const chosen = sortSelect.value;
      this.state.sort = "";
      // Choosing what the default would be anyway leaves the address without a sort.
      if (isOrder(chosen) && chosen !== effectiveOrder(this.state)) this.state.sort = chosen;
      void this.change();
    });
    clearButton.addEventListener("click", () => {
      for (const { key } of SEARCH_FILTERS) this.state.filters[key] = [];
      void this.change();
      input.focus();
    });
    // The search the button belongs to: a newer one still running will replace its results.
    more.addEventListener("click", () => {
      if (this.current) void this.showMore(this.current.sequence, true);
    });
    window.addEventListener("popstate", () => {
      clearTimeout(this.typingTimer);
      this.state = readState(location.search);
      this.typingEntry = false;
      this.syncControls();
      void this.runSearch();
    });
  }

  /** A deliberate change: its own history entry, then search. */
  private change(): Promise<void> {
    clearTimeout(this.typingTimer);
    this.typingEntry = false;
    this.commit("push");
    this.syncSortOptions();
    return this.runSearch();
  }

  private setFilter(filter: SearchFilter, value: string, on: boolean): Promise<void> {
    const values = this.state.filters[filter.key].filter((v) => v !== value);
    if (on) values.push(value);
    this.state.filters[filter.key] = values;
    return this.change();
  }

  private readonly onFilter = (filter: SearchFilter, value: string, on: boolean): void => {
    void this.setFilter(filter, value, on);
  };

  /** Removing a chip removes its button: keep focus nearby, on the chip that takes its place. */
  private async removeChip(filter: SearchFilter, value: string, index: number): Promise<void> {
    await this.setFilter(filter, value, false);
    focusNearChip(this.page.activeList, index, this.page.input);
  }

  // ---- Searching ----

  private async runSearch(): Promise<void> {
    const { list, statusLine, empty } = this.page;
    const archive = this.archive;
    if (!archive) return;
    const mine = ++this.sequence;
    const order = effectiveOrder(this.state);
    list.setAttribute("aria-busy", "true");
    const term = this.state.q.trim() || null;
    const search = archive.search(term, searchOptions(this.state, order), directionOf(order));
    try {
      await search.searchUntilFound();
    } catch (error) {
      if (mine !== this.sequence) return;
      console.error("Search failed:", error);
      statusLine.textContent = this.messages.say("search.status.searchFailed");
      list.removeAttribute("aria-busy");
      return;
    }
    if (mine !== this.sequence) return;
    this.current = { search, order, sequence: mine };
    this.showCounts(search);
    this.updateActive();
    list.replaceChildren();
    const shown = await this.showMore(mine, false);
    if (mine !== this.sequence) return;
    list.removeAttribute("aria-busy");
    empty.hidden = search.found > 0;
    // The status line already says the results could not be loaded; a count would hide that.
    if (shown) this.describe();
  }

  /**
   * The next page of results; `asked` for the "Show more" button, whose reader wants the new ones (they
   * take the focus) and, when the parts searched so far have no more, an older step of the archive
   * (src/search/browser/archive-search.ts). A new search has already gone as far as it goes unasked.
   * False when they could not be loaded (the status line then says so).
   */
  private async showMore(mine: number, asked: boolean): Promise<boolean> {
    const { list, more, statusLine } = this.page;
    const { search } = this.current!;
    const further = asked && search.remaining === 0 && !search.complete;
    if (further) {
      list.setAttribute("aria-busy", "true");
      // One click, one step: a second while the older parts load would search further than asked.
      more.disabled = true;
      try {
        await search.searchUntilFound();
      } catch (error) {
        console.error("Search failed:", error);
        if (mine === this.sequence) statusLine.textContent = this.messages.say("search.status.searchFailed");
        list.removeAttribute("aria-busy");
        return false;
      } finally {
        more.disabled = false;
      }
      if (mine !== this.sequence) return false;
      this.showCounts(search);
    }
    const next = search.next(RESULTS_AT_A_TIME);
    let data: PagefindResultData[];
    try {
      data = await Promise.all(next.map((result) => result.data()));
    } catch (error) {
      console.error("Search results could not be loaded:", error);
      if (mine === this.sequence) statusLine.textContent = this.messages.say("search.status.resultsFailed");
      return false;
    }
    if (mine !== this.sequence) return false;
    search.shown(next.length);
    const items = data.map((result) => resultItem(result, this.messages));
    list.append(...items);
    more.hidden = search.remaining === 0 && search.complete;
    more.textContent = moreLabel(search, this.messages);
    if (further) {
      list.removeAttribute("aria-busy");
      this.describe();
    }
    // The first new result's link: its heading comes first in the item but cannot take focus. When older
    // parts held nothing more, the button is gone: focus goes back to the last result.
    if (asked) {
      const first = items[0] ?? (more.hidden ? list.lastElementChild : null);
      first?.querySelector<HTMLElement>("a[href]")?.focus();
    }
    return true;
  }

  /** The status line: what was found, and how far back (or forward) the search has reached so far. */
  private describe(): void {
    const { search, order } = this.current!;
    const state = { order, q: this.state.q.trim(), filtered: activeFilterCount(this.state) > 0 };
    const { found, reach } = describeSearch(search, { ...state, events: this.archive!.events }, this.messages);
    // One live region, announced whole; the reach shows on a quieter line of its own.
    this.page.statusLine.replaceChildren(found);
    if (reach) this.page.statusLine.append(" ", text(reach, "search-reach"));
  }

  // ---- Filters ----

  /** The filters as the search found them: every value with its count, those of newly searched parts added. */
  private showCounts(search: ArchiveSearch): void {
    this.page.facetsNone.hidden = this.filters.show(search.totals, search.counts, this.state.filters);
  }

  private updateActive(): void {
    const { active, activeList, filtersCount } = this.page;
    const chips = showActiveFilters(activeList, this.state, this.messages, (filter, value, index) => {
      void this.removeChip(filter, value, index);
    });
    active.hidden = chips === 0;
    filtersCount.textContent = chips ? this.messages.say("search.filters.active", { count: chips }) : "";
  }
}

/** Shows the search app in place of the <noscript> note, loads the index and runs the address's search. */
export function startSearchApp(page: PageElements, messages: PageMessages): Promise<void> {
  return new SearchApp(page, messages).start();
}

// The elements of the search page's markup (_includes/search-app.ts) that the script drives, by id. A
// missing one means page and script disagree, which fails at once with its id rather than later.

export interface PageElements {
  /** Hidden until the script runs; without JavaScript a <noscript> note shows instead. */
  app: HTMLElement;
  /** Shown instead of the app when the index cannot be loaded. */
  unavailable: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  statusLine: HTMLElement;
  list: HTMLOListElement;
  /** Advice shown when nothing matches. */
  empty: HTMLElement;
  more: HTMLButtonElement;
  active: HTMLElement;
  activeList: HTMLUListElement;
  clearButton: HTMLButtonElement;
  filtersPanel: HTMLDetailsElement;
  filtersCount: HTMLElement;
  /** "Nothing to narrow down", when no filter has a value to offer. */
  facetsNone: HTMLElement;
}

export function findPageElements(page: Document): PageElements {
  const byId = <T extends HTMLElement>(id: string, kind: new () => T): T => {
    const found = page.getElementById(id);
    if (!(found instanceof kind)) throw new Error(`the search page has no ${kind.name} #${id}`);
    return found;
  };
  const active = byId("search-active", HTMLElement);
  const activeList = active.querySelector("ul");
  if (!activeList) throw new Error("the search page has no list of active filters");
  return {
    app: byId("search-app", HTMLElement),
    unavailable: byId("search-unavailable", HTMLElement),
    form: byId("search-form", HTMLFormElement),
    input: byId("search-q", HTMLInputElement),
    sortSelect: byId("search-sort", HTMLSelectElement),
    statusLine: byId("search-status", HTMLElement),
    list: byId("search-results", HTMLOListElement),
    empty: byId("search-empty", HTMLElement),
    more: byId("search-more", HTMLButtonElement),
    active,
    activeList,
    clearButton: byId("search-clear", HTMLButtonElement),
    filtersPanel: byId("search-filters", HTMLDetailsElement),
    filtersCount: byId("search-filters-count", HTMLElement),
    facetsNone: byId("search-facets-none", HTMLElement),
  };
}

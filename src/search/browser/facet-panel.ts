// The page's filters as a whole: every filter's fieldset (facets.ts), filled with the values of the first
// search's parts and kept up to date with each search's counts, values that later parts bring added.
import type { SearchFilterKey } from "../filters.ts";
import { buildFacet, findFacets, updateFacet, type Facet, type OnFilterChange } from "./facets.ts";
import type { Formats } from "./locale.ts";
import type { PageMessages } from "./page-messages.ts";
import type { PagefindFilterCounts } from "./pagefind-api.ts";

export class FacetPanel {
  private readonly facets: Facet[];
  private built = false;
  /** What the filters show: the latest search's counts, and the values checked. */
  private counts: PagefindFilterCounts = {};
  private selected: Readonly<Record<SearchFilterKey, readonly string[]>> | undefined;

  constructor(
    app: HTMLElement,
    private readonly formats: Formats,
    private readonly messages: PageMessages,
    private readonly onChange: OnFilterChange,
  ) {
    this.facets = findFacets(app);
    for (const facet of this.facets) {
      facet.toggle.addEventListener("click", () => {
        facet.expanded = !facet.expanded;
        this.update(facet);
      });
    }
  }

  /**
   * Shows a search's counts by value, and the `selected` values checked; `totals` (every value of the parts
   * searched, with its events) orders the values the first time. False when no filter has a value to offer.
   */
  show(
    totals: PagefindFilterCounts,
    counts: PagefindFilterCounts,
    selected: Readonly<Record<SearchFilterKey, readonly string[]>>,
  ): boolean {
    this.counts = counts;
    this.selected = selected;
    if (!this.built) {
      for (const facet of this.facets) {
        const { key } = facet.filter;
        buildFacet(facet, totals[key] ?? {}, selected[key], this.formats, this.onChange);
      }
      this.built = true;
    }
    for (const facet of this.facets) this.update(facet);
    return this.facets.some((facet) => !facet.fieldset.hidden);
  }

  private update(facet: Facet): void {
    const { key } = facet.filter;
    updateFacet(facet, this.counts[key] ?? {}, this.selected?.[key] ?? [], this.messages, this.onChange);
  }
}

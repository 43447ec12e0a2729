// The filters: one fieldset per search filter (_includes/search-app.ts renders them empty), each value a
// checkbox with its count. Values keep their places while counts change, so the checkbox in focus stays
// put; values no result has are hidden, and beyond the first few a "Show all" button lists the rest.
import { SEARCH_FILTERS, type SearchFilter } from "../filters.ts";
import { text, element } from "./dom.ts";
import type { Formats } from "./locale.ts";
import type { PageMessages } from "./page-messages.ts";

/** Values a filter shows before "Show all". */
const COLLAPSED = 8;

interface FacetValue {
  item: HTMLLIElement;
  box: HTMLInputElement;
  count: HTMLSpanElement;
}

export interface Facet {
  filter: SearchFilter;
  fieldset: HTMLFieldSetElement;
  list: HTMLUListElement;
  toggle: HTMLButtonElement;
  values: Map<string, FacetValue>;
  /** Values in display order. */
  order: string[];
  expanded: boolean;
}

/** Called when the reader checks or unchecks a value. */
export type OnFilterChange = (filter: SearchFilter, value: string, on: boolean) => void;

/** The page's filter fieldsets, in the order of SEARCH_FILTERS, which is the page's. */
export function findFacets(app: HTMLElement): Facet[] {
  return SEARCH_FILTERS.map((filter) => {
    const selector = `fieldset[data-facet="${filter.key}"]`;
    const fieldset = required(app.querySelector<HTMLFieldSetElement>(selector), filter.key);
    return {
      filter,
      fieldset,
      list: required(fieldset.querySelector<HTMLUListElement>(".facet-values"), filter.key),
      toggle: required(fieldset.querySelector<HTMLButtonElement>(".facet-toggle"), filter.key),
      values: new Map(),
      order: [],
      expanded: false,
    };
  });
}

/**
 * Fills a filter with every value of the index (`totals`: value → events), and the `selected` values of a
 * shared link that the index no longer has, so they can be unchecked.
 */
export function buildFacet(
  facet: Facet,
  totals: Record<string, number>,
  selected: readonly string[],
  { collator }: Formats,
  onChange: OnFilterChange,
): void {
  const values = Object.keys(totals);
  // Years newest first; everything else most events first, then by name.
  if (facet.filter.key === "year") values.sort((a, b) => collator.compare(b, a));
  else values.sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || collator.compare(a, b));
  for (const value of selected) if (!(value in totals)) values.push(value);
  for (const value of values) addValue(facet, value, onChange);
}

/** Shows the counts of the latest search (`counts`: value → results) and which values are checked. */
export function updateFacet(
  facet: Facet,
  counts: Record<string, number>,
  selected: readonly string[],
  messages: PageMessages,
  onChange: OnFilterChange,
): void {
  // Values of a stale shared link that the index lacks still need a checkbox to remove them.
  for (const value of selected) addValue(facet, value, onChange);
  // A part of the archive searched after the first brings values of its own: after the others, most found first.
  const brought = Object.keys(counts).filter((value) => !facet.values.has(value) && (counts[value] ?? 0) > 0);
  brought.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
  for (const value of brought) addValue(facet, value, onChange);
  const checked = new Set(selected);
  let relevant = 0;
  for (const value of facet.order) {
    const { item, box, count } = facet.values.get(value)!;
    const n = counts[value] ?? 0;
    const on = checked.has(value);
    box.checked = on;
    count.replaceChildren(
      text(", ", "visually-hidden"),
      messages.number(n),
      text(` ${messages.say("search.facet.events", { count: n })}`, "visually-hidden"),
    );
    if (!on && n === 0) {
      item.hidden = true;
      continue;
    }
    relevant++;
    item.hidden = !on && !facet.expanded && relevant > COLLAPSED;
  }
  facet.fieldset.hidden = relevant === 0;
  facet.toggle.hidden = relevant <= COLLAPSED;
  facet.toggle.setAttribute("aria-expanded", String(facet.expanded));
  facet.toggle.textContent = facet.expanded
    ? messages.say("search.facet.showFewer")
    : messages.say(facet.filter.messages.showAll, { count: relevant });
}

function addValue(facet: Facet, value: string, onChange: OnFilterChange): void {
  if (facet.values.has(value)) return;
  const item = element("li", "facet-value");
  const label = element("label");
  const box = element("input");
  box.type = "checkbox";
  box.name = facet.filter.key;
  box.value = value;
  box.addEventListener("change", () => onChange(facet.filter, value, box.checked));
  const count = element("span", "facet-count");
  label.append(box, text(value, "facet-name", "auto"), count);
  item.append(label);
  facet.list.append(item);
  facet.values.set(value, { item, box, count });
  facet.order.push(value);
}

function required<T>(found: T | null, key: string): T {
  if (found === null) throw new Error(`the search page has no complete fieldset for the "${key}" filter`);
  return found;
}

// The active filters above the results: one button per checked value ("Group: Iraqi Border Guards ×")
// that removes it. The list is rebuilt after every search, so removing one moves focus to its neighbour.
import { SEARCH_FILTERS, type SearchFilter } from "../filters.ts";
import { element, text } from "./dom.ts";
import type { PageMessages } from "./page-messages.ts";
import type { SearchState } from "./search-state.ts";

/** Called with the chip's place in the list, so focus can go to the chip that takes its place. */
export type OnRemove = (filter: SearchFilter, value: string, index: number) => void;

/** Fills `list` with a chip per checked value of `state`, in filter order; returns how many. */
export function showActiveFilters(
  list: HTMLUListElement,
  state: SearchState,
  messages: PageMessages,
  onRemove: OnRemove,
): number {
  const chips: HTMLLIElement[] = [];
  const remove = `${messages.say("search.active.remove")} `;
  for (const filter of SEARCH_FILTERS) {
    for (const value of state.filters[filter.key]) {
      const button = element("button", "search-chip");
      button.type = "button";
      button.append(
        text(remove, "visually-hidden"),
        text(`${messages.say(filter.messages.chip)} `, "search-chip-kind"),
        text(value, "search-chip-value", "auto"),
      );
      const cross = text("×", "search-chip-x");
      cross.setAttribute("aria-hidden", "true");
      button.append(cross);
      const index = chips.length;
      button.addEventListener("click", () => onRemove(filter, value, index));
      const item = element("li");
      item.append(button);
      chips.push(item);
    }
  }
  list.replaceChildren(...chips);
  return chips.length;
}

/** After a chip was removed and the list rebuilt: the chip now at `index` (or the last), else `fallback`. */
export function focusNearChip(list: HTMLUListElement, index: number, fallback: HTMLElement): void {
  const buttons = list.querySelectorAll("button");
  const next = buttons[Math.min(index, buttons.length - 1)];
  if (next) next.focus();
  else fallback.focus();
}

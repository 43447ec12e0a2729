// The sentences of the search page's status line (#search-status, a polite live region): screen readers
// announce each one, so each says in full what the page now shows. The words are the page's messages.
import type { SearchScriptMessageKey } from "../page-messages.ts";
import type { PageMessages } from "./page-messages.ts";
import type { ArchiveSearch, Direction } from "./archive-search.ts";
import type { Order } from "./search-state.ts";

export interface Outcome {
  total: number;
  order: Order;
  /** The query, trimmed. */
  q: string;
  filtered: boolean;
}

const ORDER: Record<Order, SearchScriptMessageKey> = {
  relevance: "search.status.order.relevance",
  newest: "search.status.order.newest",
  oldest: "search.status.order.oldest",
};

/** "5 events match “crossing” with these filters, best match first." */
function describeResults({ total, order, q, filtered }: Outcome, messages: PageMessages): string {
  if (total === 0) {
    if (q) return messages.say(filtered ? "search.status.noneQueryFiltered" : "search.status.noneQuery", { query: q });
    return messages.say(filtered ? "search.status.noneFiltered" : "search.status.noEvents");
  }
  const how = messages.say(ORDER[order]);
  if (q) {
    const key = filtered ? "search.status.queryFiltered" : "search.status.query";
    return messages.say(key, { count: total, query: q, order: how });
  }
  return messages.say(filtered ? "search.status.filtered" : "search.status.all", { count: total, order: how });
}

interface Reach {
  direction: Direction;
  /** Events in the parts searched so far, and in the whole archive. */
  searched: number;
  events: number;
  /** The date the search reached, as the edition writes it. */
  date: string;
}

/** "Searched so far: the 10,000 newest of 100,000 events, back to 3 March 2021." */
function describeReach({ direction, searched, events, date }: Reach, messages: PageMessages): string {
  const key = direction === "newest" ? "search.status.reach.newest" : "search.status.reach.oldest";
  return messages.say(key, { searched, count: events, date });
}

/** The status line of `search` (its found and reach sentences; reach empty once every part is searched). */
export function describeSearch(
  search: ArchiveSearch,
  { order, q, filtered, events }: Omit<Outcome, "total"> & { events: number },
  messages: PageMessages,
): { found: string; reach: string } {
  const found = describeResults({ total: search.found, order, q, filtered }, messages);
  if (search.complete) return { found, reach: "" };
  const reach = { direction: search.direction, searched: search.eventsSearched, events, date: search.reach };
  return { found, reach: describeReach(reach, messages) };
}

/** The "Show more" button: how many are shown, or, when the parts searched have no more, the next step. */
export function moreLabel(search: ArchiveSearch, messages: PageMessages): string {
  if (search.remaining > 0)
    return messages.say("search.more.progress", { shown: search.shownCount, count: search.found });
  return messages.say(search.direction === "newest" ? "search.more.older" : "search.more.newer");
}

// The sentences of the search page's status line (#search-status, a polite live region): screen readers
// announce each one, so each says in full what the page now shows.
import type { Order } from "./search-state.ts";

export const STATUS = {
  loading: "Loading search…",
  /** A site without events has an index without languages, which Pagefind reports as an error. */
  nothingPublished: "No events have been published yet.",
  searchFailed: "Search failed. Please try again.",
  resultsFailed: "Some results could not be loaded. Please try again.",
};

export interface Outcome {
  total: number;
  order: Order;
  /** The query, trimmed. */
  q: string;
  filtered: boolean;
}

/** "5 events match “crossing” with these filters, best match first." */
export function describeResults({ total, order, q, filtered }: Outcome, numbers: Intl.NumberFormat): string {
  if (total === 0) {
    if (q) return `No events match “${q}”${filtered ? " with these filters" : ""}.`;
    return filtered ? "No events match these filters." : "No events yet.";
  }
  const count = `${numbers.format(total)} ${total === 1 ? "event" : "events"}`;
  const verb = total === 1 ? "matches" : "match";
  const what = q
    ? `${count} ${verb} “${q}”${filtered ? " with these filters" : ""}`
    : filtered
      ? `${count} ${verb} these filters`
      : count;
  const how = order === "relevance" ? "best match first" : order === "newest" ? "newest first" : "oldest first";
  return `${what}, ${how}.`;
}

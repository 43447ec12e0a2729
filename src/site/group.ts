// Groups a short list of events (one entity's) by year and month, newest first, in one pass. The full
// timeline already has its groups (src/model/timeline.ts); this is for lists drawn from byEntity.
import { appendToYears, type YearGroup } from "../model/timeline.ts";
import type { TimelineEvent } from "../model/types.ts";

/** `events` in timeline order in; years, months and events newest first out. */
export function groupNewestFirst(events: readonly TimelineEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (let i = events.length - 1; i >= 0; i--) appendToYears(years, events[i]!);
  return years;
}

// Groups a short list of events (one entity's) by year and month, newest first, in one pass. The full
// timeline already has its groups (src/model/timeline.ts); this is for lists drawn from byEntity.
import type { MonthGroup, YearGroup } from "../model/timeline.ts";
import type { TimelineEvent } from "../model/types.ts";

/** `events` in timeline order in; years, months and events newest first out. */
export function groupNewestFirst(events: readonly TimelineEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    let year = years.at(-1);
    if (!year || year.year !== event.date.year) {
      year = { year: event.date.year, months: [], count: 0 };
      years.push(year);
    }
    year.count++;
    const monthNumber = event.date.month ?? 0;
    let month: MonthGroup | undefined = year.months.at(-1);
    if (!month || month.month !== monthNumber) {
      month = { month: monthNumber, events: [] };
      year.months.push(month);
    }
    month.events.push(event);
  }
  return years;
}

// Calendar dates as instants, for the timestamps feeds require (Atom `updated`, JSON Feed
// `date_published`). A date stands for the start of its period; a time without an offset is read as
// UTC, since a feed timestamp must name an instant and the place's zone is not recorded.
import type { CalendarDate } from "../model/calendar.ts";

export function instantOf(date: CalendarDate): Date {
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  instant.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  instant.setUTCHours(date.hour ?? 0, date.minute ?? 0, 0, 0);
  return new Date(instant.getTime() - (date.offsetMinutes ?? 0) * 60_000);
}

// Dates shown to readers: calendar values (src/model/calendar.ts) formatted with luxon in a fixed zone,
// never the machine's, at the precision the editor wrote.
import { DateTime } from "luxon";
import { periodStart, type CalendarDate, type Precision } from "../model/calendar.ts";

const PATTERNS: Record<Precision, string> = { year: "y", month: "LLLL y", day: "d LLLL y", minute: "d LLLL y, HH:mm" };

function offsetLabel(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, "0")}` : ""}`;
}

// Formatting through luxon costs ~0.3 ms, and an archive repeats the same few thousand dates on event
// pages, cards, entity lists, feeds and search records; the text per date and pattern never changes.
const formatted = new Map<string, string>();

function plain(d: CalendarDate, pattern = PATTERNS[d.precision]): string {
  const key = `${d.text} ${pattern}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = periodStart(d).setLocale("en-GB").toFormat(pattern);
    formatted.set(key, text);
  }
  return text;
}

function full(d: CalendarDate): string {
  return d.offsetMinutes === undefined ? plain(d) : `${plain(d)} (${offsetLabel(d.offsetMinutes)})`;
}

const circaPrefix = (options?: { circa?: boolean }) => (options?.circa ? "c. " : "");

/** Display at its precision, in English (en-GB style), e.g. "19 December 2024, 14:30 (UTC+3)". */
export function formatDate(d: CalendarDate, options?: { circa?: boolean }): string {
  return circaPrefix(options) + full(d);
}

/** A date with an optional end, shortened where both share a period: "8–12 December 2024". */
export function formatDateRange(start: CalendarDate, end?: CalendarDate, options?: { circa?: boolean }): string {
  if (!end || end.text === start.text) return formatDate(start, options);
  const c = circaPrefix(options);
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  if (start.precision === end.precision) {
    switch (start.precision) {
      case "year":
        return `${c}${start.year}–${end.year}`;
      case "month":
        if (sameYear) return `${c}${plain(start, "LLLL")} – ${plain(end)}`;
        break;
      case "day":
        if (sameMonth) return `${c}${start.day}–${plain(end)}`;
        if (sameYear) return `${c}${plain(start, "d LLLL")} – ${plain(end)}`;
        break;
      case "minute":
        // Same day and same offset: give the day once, then the two times.
        if (sameMonth && start.day === end.day && start.offsetMinutes === end.offsetMinutes) {
          const zone = end.offsetMinutes === undefined ? "" : ` (${offsetLabel(end.offsetMinutes)})`;
          return `${c}${plain(start)}–${plain(end, "HH:mm")}${zone}`;
        }
        break;
    }
  }
  return `${c}${full(start)} – ${full(end)}`;
}

/** Machine-readable value for <time datetime>; the canonical text is already valid HTML. */
export function datetimeAttribute(d: CalendarDate): string {
  return d.text;
}

/** "December 2024" for a year and month (1-12); month 0 means "no month" and gives just the year. */
export function formatMonth(year: number, month: number): string {
  if (month === 0) return String(year);
  const dt = DateTime.fromObject({ year, month, day: 1 }, { zone: "utc" });
  if (!dt.isValid) throw new RangeError(`formatMonth: no month ${month} in year ${year}`);
  return dt.setLocale("en-GB").toFormat("LLLL y");
}


// Dates shown to readers: calendar values (src/model/calendar.ts) formatted with luxon in a fixed zone,
// never the machine's, at the precision the editor wrote. In English for now, patterns and words alike:
// the one word, "c.", is the English catalog's (src/site/messages/en.json `date.circa`), and dates per
// locale will take it from each edition's catalog with the locale's patterns.
import { DateTime } from "luxon";
import { periodStart, type CalendarDate, type Precision } from "../model/calendar.ts";
import { englishMessages } from "./messages.ts";

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

/** "c. December 2024" for an approximate date; the text as it is otherwise. */
function circa(text: string, options?: { circa?: boolean }): string {
  return options?.circa ? englishMessages.t("date.circa", { date: text }) : text;
}

/** Display at its precision, in English (en-GB style), e.g. "19 December 2024, 14:30 (UTC+3)". */
export function formatDate(d: CalendarDate, options?: { circa?: boolean }): string {
  return circa(full(d), options);
}

/** A date with an optional end, shortened where both share a period: "8–12 December 2024". */
export function formatDateRange(start: CalendarDate, end?: CalendarDate, options?: { circa?: boolean }): string {
  return circa(end && end.text !== start.text ? rangeText(start, end) : full(start), options);
}

/** Both dates, shortened where they share a period. */
function rangeText(start: CalendarDate, end: CalendarDate): string {
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  if (start.precision === end.precision) {
    switch (start.precision) {
      case "year":
        return `${start.year}–${end.year}`;
      case "month":
        if (sameYear) return `${plain(start, "LLLL")} – ${plain(end)}`;
        break;
      case "day":
        if (sameMonth) return `${start.day}–${plain(end)}`;
        if (sameYear) return `${plain(start, "d LLLL")} – ${plain(end)}`;
        break;
      case "minute":
        // Same day and same offset: give the day once, then the two times.
        if (sameMonth && start.day === end.day && start.offsetMinutes === end.offsetMinutes) {
          const zone = end.offsetMinutes === undefined ? "" : ` (${offsetLabel(end.offsetMinutes)})`;
          return `${plain(start)}–${plain(end, "HH:mm")}${zone}`;
        }
        break;
    }
  }
  return `${full(start)} – ${full(end)}`;
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

// Dates are calendar values as the editor wrote them, never moments: every computation below runs in
// luxon's UTC zone (or plain integers), so no result depends on the build machine's TZ.
import { DateTime } from "luxon";

export type Precision = "year" | "month" | "day" | "minute";

export interface CalendarDate {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Offset from UTC in minutes when written with an offset or `Z`; undefined for local time of the place. */
  offsetMinutes?: number;
  /** Canonical form: `2024`, `2024-12`, `2024-12-19`, `2024-12-19T14:30`, `2024-12-19T14:30+03:00`. */
  text: string;
}

export type DateParse =
  | { ok: true; value: CalendarDate }
  | { ok: false; rule: "date-invalid" | "date-format"; message: string };

const FORMS = "write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM+HH:MM";
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const MAX_OFFSET = 14 * 60;

const formatError = (what: string): DateParse => ({ ok: false, rule: "date-format", message: `${what} is not a date; ${FORMS}` });
const invalid = (message: string): DateParse => ({ ok: false, rule: "date-invalid", message });

/** Accepts what YAML gives for a date field: a string, or an integer (YAML reads `2024` as a number). */
export function parseDate(raw: unknown): DateParse {
  if (typeof raw === "number") {
    // The written digits are lost for numbers; years below 1000 are more likely a typo (`24`) than intended.
    if (Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return parseDate(String(raw));
    if (Number.isInteger(raw) && raw >= 1 && raw < 1000) {
      const padded = String(raw).padStart(4, "0");
      return { ok: false, rule: "date-format", message: `${raw} is not a date; write years as four digits, in quotes for early years ("${padded}")` };
    }
    return formatError(String(raw));
  }
  if (typeof raw !== "string") {
    const what = raw === null || raw === undefined ? "an empty value" : typeof raw === "boolean" ? String(raw) : Array.isArray(raw) ? "a list" : raw instanceof Date ? "a timestamp" : "a mapping";
    return formatError(what);
  }
  const written = raw.trim();
  if (written === "") return formatError("an empty value");
  const m = PATTERN.exec(written);
  if (!m) return formatError(JSON.stringify(written));

  const [, y, mo, d, h, mi, off] = m;
  const year = Number(y);
  if (year < 1) return invalid(`${written} is not a calendar date (years run from 0001 to 9999)`);
  const month = mo === undefined ? undefined : Number(mo);
  if (month !== undefined && (month < 1 || month > 12)) return invalid(`${written} is not a calendar date (there is no month ${mo})`);
  const day = d === undefined ? undefined : Number(d);
  // luxon knows month lengths and leap years; UTC so no DST gap can make a wall-clock time "invalid".
  if (day !== undefined && !DateTime.fromObject({ year, month, day }, { zone: "utc" }).isValid) {
    return invalid(`${written} is not a calendar date`);
  }
  const hour = h === undefined ? undefined : Number(h);
  const minute = mi === undefined ? undefined : Number(mi);
  // Checked by hand: luxon accepts 24:00 as a valid time.
  if (hour !== undefined && (hour > 23 || minute! > 59)) {
    return invalid(`${written} is not a valid time of day (hours 00-23, minutes 00-59)`);
  }
  let offsetMinutes: number | undefined;
  if (off !== undefined) {
    const oh = off === "Z" ? 0 : Number(off.slice(1, 3));
    const om = off === "Z" ? 0 : Number(off.slice(4, 6));
    if (om > 59 || oh * 60 + om > MAX_OFFSET) {
      return invalid(`${written} has an impossible UTC offset ${off} (offsets run from -14:00 to +14:00)`);
    }
    // `|| 0` keeps -00:00 from becoming -0, which would differ from +00:00 in comparisons.
    offsetMinutes = (off.startsWith("-") ? -1 : 1) * (oh * 60 + om) || 0;
  }

  const precision: Precision = hour !== undefined ? "minute" : day !== undefined ? "day" : month !== undefined ? "month" : "year";
  const value: CalendarDate = { precision, year, text: written };
  if (month !== undefined) value.month = month;
  if (day !== undefined) value.day = day;
  if (hour !== undefined) value.hour = hour;
  if (minute !== undefined) value.minute = minute;
  if (offsetMinutes !== undefined) value.offsetMinutes = offsetMinutes;
  return { ok: true, value };
}

/**
 * Sort rule: by start, coarser before finer in the same period; offsets ignored (wall-clock values). A
 * missing part sorts below every real value, so a coarser date comes before finer ones. Field by field,
 * without building keys: sorting and indexing an archive compare dates millions of times.
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (a.day ?? 0) - (b.day ?? 0) ||
    (a.hour ?? -1) - (b.hour ?? -1) ||
    (a.minute ?? -1) - (b.minute ?? -1)
  );
}

/** First instant of the date's period, as a UTC-zoned DateTime standing for the written wall clock. */
function periodStart(d: CalendarDate): DateTime {
  return DateTime.fromObject(
    { year: d.year, month: d.month ?? 1, day: d.day ?? 1, hour: d.hour ?? 0, minute: d.minute ?? 0 },
    { zone: "utc" },
  );
}

const UNIT = { year: "years", month: "months", day: "days", minute: "minutes" } as const;

/** True when `end` lies wholly before `start` (end's period is over before start's begins). */
export function endsBefore(end: CalendarDate, start: CalendarDate): boolean {
  const endExclusive = periodStart(end).plus({ [UNIT[end.precision]]: 1 });
  return endExclusive.toMillis() <= periodStart(start).toMillis();
}

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

/** Today's date as a day-precision CalendarDate in UTC (for `new` and defaults). */
export function today(): CalendarDate {
  const now = DateTime.utc();
  // Built by hand: luxon's toFormat would use the machine locale's digits.
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const text = `${pad(now.year, 4)}-${pad(now.month, 2)}-${pad(now.day, 2)}`;
  return { precision: "day", year: now.year, month: now.month, day: now.day, text };
}

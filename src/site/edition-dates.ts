// Dates as one edition shows them. The default English edition keeps src/site/dates.ts's en-GB patterns
// exactly; every other edition formats with Intl in its locale and digits ("١٩ كانون الأول ٢٠٢٤"), at the
// date's precision, always in UTC over the calendar value so the machine's time zone never shifts a day,
// with the edition's second calendar (Hijri …) beside dates precise to the day.
import { periodStart, type CalendarDate } from "../model/calendar.ts";
import type { Edition } from "../model/types.ts";
import { formatDate, formatDateRange, formatMonth } from "./dates.ts";
import { safeLocale } from "./format.ts";
import type { Messages } from "./messages.ts";

export interface DateFormat {
  /** One date at its precision: "19 December 2024, 14:30 (UTC+3)". */
  date(d: CalendarDate, options?: { circa?: boolean }): string;
  /** A date with an optional end, shortened where both share a period. */
  range(start: CalendarDate, end?: CalendarDate, options?: { circa?: boolean }): string;
  /** A year and month (1-12); month 0 gives the year alone. */
  month(year: number, month: number): string;
}

/** The English edition's dates: src/site/dates.ts as it always was. */
export const englishDates: DateFormat = { date: formatDate, range: formatDateRange, month: formatMonth };

type Options = Intl.DateTimeFormatOptions;
const DAY: Options = { dateStyle: "long" };
const MONTH: Options = { year: "numeric", month: "long" };
const YEAR: Options = { year: "numeric" };
const MINUTE: Options = { dateStyle: "long", timeStyle: "short", hourCycle: "h23" };

/** Dates of an edition that is not the English default, in its locale, digits and calendar. */
export class LocaleDates implements DateFormat {
  readonly #locale: string;
  readonly #digits: string | undefined;
  readonly #calendar: string | undefined;
  readonly #messages: Messages;
  readonly #formats = new Map<string, Intl.DateTimeFormat>();
  /**
   * Every text made, by what it was made from: a large archive shows the same dates on thousands of pages,
   * and Intl's formatting (a Hijri date, a range) was most of the time its pages took for dates.
   */
  readonly #texts = new Map<string, string>();

  constructor(edition: Edition, messages: Messages) {
    this.#locale = safeLocale(edition.locale);
    this.#digits = edition.digits;
    this.#calendar = edition.calendar;
    this.#messages = messages;
  }

  date(d: CalendarDate, options?: { circa?: boolean }): string {
    return this.#remember(`date ${d.text} ${options?.circa === true}`, () =>
      this.#circa(this.#withCalendar(this.#one(d), d), options),
    );
  }

  range(start: CalendarDate, end?: CalendarDate, options?: { circa?: boolean }): string {
    if (!end || end.text === start.text) return this.date(start, options);
    return this.#remember(`range ${start.text} ${end.text} ${options?.circa === true}`, () => {
      const text =
        start.precision === end.precision && start.offsetMinutes === end.offsetMinutes
          ? this.#offset(this.#format(start.precision, "gregory").formatRange(instant(start), instant(end)), end)
          : `${this.#one(start)} – ${this.#one(end)}`;
      return this.#circa(text, options);
    });
  }

  month(year: number, month: number): string {
    if (!Number.isInteger(month) || month < 0 || month > 12) throw new RangeError(`no month ${month} in year ${year}`);
    return this.#remember(`month ${year} ${month}`, () => {
      const first = new Date(0);
      first.setUTCFullYear(year, Math.max(month - 1, 0), 1);
      return this.#format(month === 0 ? "year" : "month", "gregory").format(first);
    });
  }

  #one(d: CalendarDate): string {
    return this.#remember(`one ${d.text}`, () =>
      this.#offset(this.#format(d.precision, "gregory").format(instant(d)), d),
    );
  }

  #remember(key: string, make: () => string): string {
    let text = this.#texts.get(key);
    if (text === undefined) {
      text = make();
      this.#texts.set(key, text);
    }
    return text;
  }

  /** "(UTC+3)" after a time written with an offset, in the edition's digits. */
  #offset(text: string, d: CalendarDate): string {
    if (d.offsetMinutes === undefined) return text;
    const minutes = d.offsetMinutes;
    if (minutes === 0) return `${text} (UTC)`;
    const abs = Math.abs(minutes);
    const mm = abs % 60;
    const hours = this.#messages.number(Math.floor(abs / 60));
    const rest = mm ? `:${this.#messages.number(mm).padStart(2, this.#messages.number(0))}` : "";
    return `${text} (UTC${minutes < 0 ? "-" : "+"}${hours}${rest})`;
  }

  /** The edition's second calendar beside a date precise to the day: "… (١٨ جمادى الآخرة ١٤٤٦ هـ)". */
  #withCalendar(text: string, d: CalendarDate): string {
    if (!this.#calendar || d.precision === "year" || d.precision === "month") return text;
    return `${text} (${this.#format("day", this.#calendar).format(instant(d))})`;
  }

  #circa(text: string, options?: { circa?: boolean }): string {
    return options?.circa ? this.#messages.t("date.circa", { date: text }) : text;
  }

  #format(precision: CalendarDate["precision"], calendar: string): Intl.DateTimeFormat {
    const key = `${precision} ${calendar}`;
    let format = this.#formats.get(key);
    if (!format) {
      const options = { day: DAY, month: MONTH, year: YEAR, minute: MINUTE }[precision];
      format = new Intl.DateTimeFormat(this.#locale, {
        ...options,
        timeZone: "UTC",
        calendar,
        ...(this.#digits ? { numberingSystem: this.#digits } : {}),
      });
      this.#formats.set(key, format);
    }
    return format;
  }
}

/** The wall-clock reading of a calendar date as a UTC instant, so formatting in UTC shows it as written. */
function instant(d: CalendarDate): number {
  return periodStart(d).toMillis();
}

/** The dates of an edition: English as ever for an English edition without its own digits or calendar. */
export function datesFor(edition: Edition, messages: Messages): DateFormat {
  const english = edition.lang.toLowerCase().split("-")[0] === "en" && !edition.digits && !edition.calendar;
  return english ? englishDates : new LocaleDates(edition, messages);
}

// What an overview chart counts: events per month, year or decade along a calendar axis, each bar with
// the timeline page it links to. Counting is linear in what it counts (month groups for the whole
// timeline or a year, an entity's own events for an entity), and each chart is computed once per render.
import type { EntityEntry } from "../model/entity-index.ts";
import type { YearGroup } from "../model/timeline.ts";
import type { TimelineEvent } from "../model/types.ts";
import { englishDates } from "./edition-dates.ts";
import { englishMessages } from "./messages.ts";
import type { SiteData } from "./site-data.ts";
import { urls as rootUrls, type Urls } from "./urls.ts";

export type ChartScale = "month" | "year" | "decade";

/**
 * The scale rule. Per month while the events fall within four calendar years: at most 48 bars, still
 * about 7 px wide on a 390 px phone. Per year up to a century (100 bars), per decade beyond (1258 to
 * 2024 gives 78 bars), so bars stay wide enough to see. A per-month axis runs over whole calendar years,
 * January to December, so equal steps are equal times and each year's label sits on its January.
 */
export const MONTHLY_MAX_YEARS = 4;
export const YEARLY_MAX_YEARS = 100;

/**
 * Month names as formatMonth (src/site/dates.ts) writes them, in English like every date for now; looked
 * up here because building a luxon date per bar made a chart cost a millisecond. Bar labels are dates, so
 * a decade's ("1990s") comes from the English catalog as "c." does in src/site/dates.ts.
 */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** How one edition labels and links a chart: its URLs, dates, digits and words. */
export interface ChartWords {
  urls: Urls;
  /** "December 2024" */
  month: (year: number, month: number) => string;
  /** "2024", in the edition's digits. */
  year: (year: number) => string;
  /** "1990s" */
  decade: (decade: number) => string;
  /** Twelve short month names, January first, for a year's axis. */
  monthsShort: readonly string[];
  /**
   * Month numbers in the edition's digits, shown instead on narrow screens when the language has no short
   * month names (Arabic's "كانون الثاني" is its shortest); undefined when the short names fit.
   */
  monthsNarrow?: readonly string[];
}

/** The default English edition's, as charts always read. */
export const ENGLISH_CHART_WORDS: ChartWords = {
  urls: rootUrls,
  month: (year, month) => `${MONTH_NAMES[month - 1]!} ${year}`,
  year: (year) => String(year),
  decade: (decade) => englishMessages.t("chart.decade", { decade: String(decade) }),
  monthsShort: MONTH_NAMES.map((name) => name.slice(0, 3)),
};

const chartWords = new WeakMap<SiteData, ChartWords>();

/** An edition's chart words (English as ever for an English edition), made once per SiteData. */
export function chartWordsFor(data: SiteData): ChartWords {
  let words = chartWords.get(data);
  if (!words) {
    const { dates, messages, urls } = data;
    const english = dates === englishDates && messages === englishMessages;
    const short = new Intl.DateTimeFormat(data.edition.locale, {
      month: "short",
      timeZone: "UTC",
      ...(data.edition.digits ? { numberingSystem: data.edition.digits } : {}),
    });
    words = english
      ? { ...ENGLISH_CHART_WORDS, urls, decade: (d) => messages.t("chart.decade", { decade: String(d) }) }
      : {
          urls,
          month: (year, month) => dates.month(year, month),
          year: (year) => dates.month(year, 0),
          decade: (decade) => messages.t("chart.decade", { decade: dates.month(decade, 0) }),
          monthsShort: MONTH_NAMES.map((_, m) => short.format(Date.UTC(2001, m, 1))),
          monthsNarrow: MONTH_NAMES.map((_, m) => messages.number(m + 1)),
        };
    // Names of three or four letters fit twelve to a phone's width; longer ones give way to numbers there.
    if (words.monthsNarrow && words.monthsShort.every((name) => [...name].length <= 4)) delete words.monthsNarrow;
    chartWords.set(data, words);
  }
  return words;
}

/** Events of one year: `months[m]` for month m (1-12), `months[0]` for events dated only to the year. */
export interface YearTally {
  year: number;
  months: number[];
}

export interface ChartBar {
  /** What the bar counts, as a reader says it: "December 2024", "2024", "1990s". */
  label: string;
  /** The year the bar starts in; a decade's first year. */
  year: number;
  /** 1-12 in a per-month chart. */
  month?: number;
  count: number;
  /** Where these events are on the timeline; undefined when there are none (no page or anchor exists). */
  href?: string;
}

export interface ChartData {
  scale: ChartScale;
  /** Every step of the axis, oldest first, empty ones included. */
  bars: ChartBar[];
  /** Per-month charts only: events dated only to a year, which no month bar can hold; one per such year. */
  yearOnly: ChartBar[];
  /** Every event counted, those in `yearOnly` included. */
  total: number;
  /** The largest bar. */
  max: number;
  /** How many bars count at least one event. */
  filled: number;
  /** The edition's labels and links, for the axis. */
  words: ChartWords;
}

/** Tallies the whole timeline (or one year) from its month groups, without touching the events. */
export function tallyYears(years: readonly YearGroup[]): YearTally[] {
  return years.map((group) => {
    const months = new Array<number>(13).fill(0);
    for (const m of group.months) months[m.month]! += m.events.length;
    return { year: group.year, months };
  });
}

/** Tallies events in any order (an entity's come newest first): one pass, then years sorted. */
export function tallyEvents(events: Iterable<TimelineEvent>): YearTally[] {
  const byYear = new Map<number, number[]>();
  for (const { date } of events) {
    let months = byYear.get(date.year);
    if (!months) byYear.set(date.year, (months = new Array<number>(13).fill(0)));
    months[date.month ?? 0]!++;
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, months]) => ({ year, months }));
}

/** Picks the scale for years `first`…`last` by the rule above. */
export function scaleFor(first: number, last: number): ChartScale {
  const years = last - first + 1;
  return years <= MONTHLY_MAX_YEARS ? "month" : years <= YEARLY_MAX_YEARS ? "year" : "decade";
}

/** The chart of some tallies (sorted by year); undefined when they count nothing. */
export function chartOf(
  tallies: readonly YearTally[],
  scale?: ChartScale,
  words: ChartWords = ENGLISH_CHART_WORDS,
): ChartData | undefined {
  const { urls } = words;
  const counted = tallies.filter((t) => t.months.some((n) => n > 0));
  const first = counted[0]?.year;
  const last = counted.at(-1)?.year;
  if (first === undefined || last === undefined) return undefined;
  const chosen = scale ?? scaleFor(first, last);
  const byYear = new Map(counted.map((t) => [t.year, t.months]));
  const sum = (months: readonly number[] | undefined) => (months ? months.reduce((a, b) => a + b, 0) : 0);

  const bars: ChartBar[] = [];
  const yearOnly: ChartBar[] = [];
  if (chosen === "month") {
    for (let year = first; year <= last; year++) {
      const months = byYear.get(year);
      for (let month = 1; month <= 12; month++) {
        const count = months?.[month] ?? 0;
        bars.push({
          label: words.month(year, month),
          year,
          month,
          count,
          href: count ? urls.month(year, month) : undefined,
        });
      }
      const undated = months?.[0] ?? 0;
      if (undated) yearOnly.push({ label: words.year(year), year, count: undated, href: urls.month(year, 0) });
    }
  } else if (chosen === "year") {
    for (let year = first; year <= last; year++) {
      const count = sum(byYear.get(year));
      bars.push({ label: words.year(year), year, count, href: count ? urls.year(year) : undefined });
    }
  } else {
    for (let decade = Math.floor(first / 10) * 10; decade <= last; decade += 10) {
      let count = 0;
      let firstYear: number | undefined;
      for (let year = Math.max(decade, 1); year < decade + 10; year++) {
        const n = sum(byYear.get(year));
        if (n && firstYear === undefined) firstYear = year;
        count += n;
      }
      // A decade has no page of its own: its bar opens the first of its years that has events.
      const label = words.decade(decade);
      bars.push({ label, year: decade, count, href: firstYear === undefined ? undefined : urls.year(firstYear) });
    }
  }
  let max = 0;
  let filled = 0;
  let total = 0;
  for (const bar of bars) {
    max = Math.max(max, bar.count);
    if (bar.count) filled++;
    total += bar.count;
  }
  for (const bar of yearOnly) total += bar.count;
  return { scale: chosen, bars, yearOnly, total, max, filled, words };
}

// Memoised per render: the site's chart per SiteData, a year's per YearGroup, an entity's per index
// entry. All are built anew with each render's model, so stale entries are never read and are freed.
const timelineCharts = new WeakMap<SiteData, ChartData | null>();
// A year group may be shared by two editions' timelines (one without translations): keyed per SiteData too.
const yearCharts = new WeakMap<SiteData, WeakMap<YearGroup, ChartData | null>>();
const entityCharts = new WeakMap<EntityEntry, ChartData | null>();

function memo<K extends object>(
  cache: WeakMap<K, ChartData | null>,
  key: K,
  make: () => ChartData | undefined,
): ChartData | undefined {
  let chart = cache.get(key);
  if (chart === undefined) cache.set(key, (chart = make() ?? null));
  return chart ?? undefined;
}

/** The whole timeline (home page); undefined when nothing is published. */
export function timelineChart(data: SiteData): ChartData | undefined {
  return memo(timelineCharts, data, () => chartOf(tallyYears(data.timeline.years), undefined, chartWordsFor(data)));
}

/** One year, always per month (the year page). */
export function yearChart(data: SiteData, year: YearGroup): ChartData | undefined {
  let charts = yearCharts.get(data);
  if (!charts) yearCharts.set(data, (charts = new WeakMap()));
  return memo(charts, year, () => chartOf(tallyYears([year]), "month", chartWordsFor(data)));
}

/**
 * An entity's own events, rolled up through `within`. Undefined unless they fill at least two bars:
 * one bar says no more than the page's "N events, <span>" line does.
 */
export function entityChart(data: SiteData, entry: EntityEntry): ChartData | undefined {
  return memo(entityCharts, entry, () => {
    const chart = chartOf(tallyEvents(entry.events.map((e) => e.event)), undefined, chartWordsFor(data));
    return chart && chart.filled >= 2 ? chart : undefined;
  });
}

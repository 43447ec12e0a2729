// Dates and sources of generated events: mixed precisions as in the UCDP data (mostly days, some months,
// years and times, a few approximate or spanning days), and 1-3 sources from a few dominant publishers.
import { type Random, Zipf } from "./random.ts";

const DAY_MS = 86_400_000;

export interface DateFields {
  fields: { date: string; end?: string; circa?: true };
  year: number;
  /** The day as YYYY-MM-DD when the date is at least that precise, for sources dated that day. */
  day?: string;
}

export function dateFields(random: Random, startYear: number, years: number): DateFields {
  const start = Date.UTC(startYear, 0, 1);
  const span = Date.UTC(startYear + years, 0, 1) - start;
  const moment = new Date(start + Math.floor(random.next() * (span / DAY_MS)) * DAY_MS);
  const day = moment.toISOString().slice(0, 10);
  const year = moment.getUTCFullYear();
  const circa = random.chance(0.06) ? { circa: true as const } : {};
  const precision = random.next();
  if (precision < 0.03) return { fields: { date: String(year), ...circa }, year };
  if (precision < 0.11) return { fields: { date: day.slice(0, 7), ...circa }, year };
  if (precision < 0.17) {
    const time = `${String(random.int(0, 23)).padStart(2, "0")}:${random.pick(["00", "15", "30", "45"])}`;
    return { fields: { date: `${day}T${time}${random.chance(0.5) ? "+03:00" : ""}`, ...circa }, year, day };
  }
  const end = random.chance(0.08)
    ? { end: new Date(moment.getTime() + random.int(1, 14) * DAY_MS).toISOString().slice(0, 10) }
    : {};
  return { fields: { date: day, ...end, ...circa }, year, day };
}

const PUBLISHERS = [
  ["SOHR", "syriahr.com"],
  ["Reuters", "reuters.com"],
  ["AFP", "afp.com"],
  ["SANA", "sana.sy"],
  ["Enab Baladi", "enabbaladi.net"],
  ["Syria Direct", "syriadirect.org"],
  ["North Press", "npasyria.com"],
  ["Rudaw", "rudaw.net"],
  ["Al Jazeera", "aljazeera.com"],
  ["Kurdistan24", "kurdistan24.net"],
  ["The New Arab", "newarab.com"],
  ["Asharq Al-Awsat", "aawsat.com"],
  ["Shafaq News", "shafaq.com"],
] as const;
const publisherRank = new Zipf(PUBLISHERS.length, 1.2);

/** 1-3 sources: some bare URLs, most with title, publisher and the day of the report. */
export function sourcesOf(random: Random, title: string, day: string | undefined, slug: string): unknown[] {
  const count = random.pick([1, 1, 1, 2, 2, 3]);
  return Array.from({ length: count }, (_, k) => {
    const [publisher, domain] = PUBLISHERS[publisherRank.draw(random)]!;
    const url = `https://www.${domain}/news/${slug}${k ? `-${k + 1}` : ""}`;
    if (random.chance(0.3)) return url;
    return { url, title: k === 0 ? title : `${title} (${publisher})`, publisher, ...(day ? { date: day } : {}) };
  });
}

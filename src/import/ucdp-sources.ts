// The sources of a UCDP row. A row cites one or more reports: source_office and source_date list them
// separated by ";", and source_article repeats each as a quoted `"office,date,headline"` item, which is
// the only place the headlines can be told apart (a headline may itself contain ";").
import { parseDate } from "../model/calendar.ts";
import { splitRecord } from "./csv.ts";
import type { UcdpRow } from "./ucdp-row.ts";

export interface ImportedSource {
  title: string;
  publisher?: string;
  /** `YYYY-MM-DD`, only when the row's date is a real calendar day. */
  date?: string;
}

const ARTICLE_ITEM = /^(.*?),(\d{4}-\d{2}-\d{2}),(.*)$/s;

export function sourcesOfRow(row: UcdpRow): ImportedSource[] {
  const offices = list(row.sourceOffice);
  const dates = list(row.sourceDate);
  const count = Math.max(offices.length, dates.length, 1);
  const titles = headlines(row, offices, dates, count);
  const sources: ImportedSource[] = [];
  for (let i = 0; i < count; i++) {
    const publisher = offices[i];
    const title = titles[i] || publisher;
    if (!title) continue;
    const date = dates[i];
    sources.push({ title, ...(publisher ? { publisher } : {}), ...(date && isDay(date) ? { date } : {}) });
  }
  return sources;
}

/** One headline per cited report, from source_article when it parses, else from source_headline. */
function headlines(row: UcdpRow, offices: string[], dates: string[], count: number): (string | undefined)[] {
  const items = row.sourceArticle ? splitRecord(row.sourceArticle, ";") : undefined;
  if (items && items.length === count) {
    // Trusted only when every item agrees with source_office and source_date: a headline with
    // unescaped quotes makes an item that parses but is cut in the wrong place.
    const parsed = items.map((item, i) => {
      const m = ARTICLE_ITEM.exec(item);
      return m && m[1]!.trim() === (offices[i] ?? "") && m[2] === (dates[i] ?? "") ? m[3]!.trim() : undefined;
    });
    if (parsed.every((title) => title !== undefined)) return parsed;
  }
  const split = list(row.sourceHeadline);
  if (split.length === count) return split;
  // Cannot tell where one headline ends: keep the text whole, on the first report.
  return row.sourceHeadline ? [row.sourceHeadline] : [];
}

function list(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(";").map((part) => part.trim());
}

function isDay(text: string): boolean {
  const parsed = parseDate(text);
  return parsed.ok && parsed.value.precision === "day";
}

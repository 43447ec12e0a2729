// Helpers every row converter shares: checked dates, ids, sources and titles, each problem collected
// as a warning naming the row.
import { endsBefore, parseDate } from "../../model/calendar.ts";
import { isSlug, slugify } from "../../model/slug.ts";
import { dateText } from "../date-text.ts";
import { cell, splitList } from "../lists.ts";
import { markdownBody } from "../markdown-text.ts";
import type { ImportedSource } from "../record.ts";
import { titleFromText } from "../title.ts";

/** `row 12`: the row as a spreadsheet numbers it, the header being row 1. */
export const rowOrigin = (index: number) => `row ${index + 2}`;

export class RowProblems {
  readonly warnings: string[] = [];
  warn(origin: string, message: string): void {
    this.warnings.push(`${origin}: ${message}`);
  }
}

/** A date cell as content files write it, or undefined with a warning naming the column. */
export function dateCell(
  value: string | undefined,
  column: string,
  origin: string,
  problems: RowProblems,
  required: boolean,
): string | undefined {
  if (cell(value) === undefined) {
    if (required) problems.warn(origin, `${column}: no date; row skipped`);
    return undefined;
  }
  const parsed = dateText(value);
  if (parsed.ok) return parsed.text;
  problems.warn(origin, `${column}: ${parsed.message}${required ? "; row skipped" : "; left out"}`);
  return undefined;
}

/** An id from the data, made a slug (`SYR1234` → `syr1234`); undefined when nothing slug-like remains. */
export function idCell(value: string | undefined, prefix = ""): string | undefined {
  const text = cell(value);
  if (text === undefined) return undefined;
  const id = slugify(`${prefix}${text}`);
  return id && isSlug(id) ? id : undefined;
}

/** An http(s) URL, or undefined. */
export function webUrl(value: string | undefined): string | undefined {
  const text = cell(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Sources from a list of outlets (`AP; Reuters`): each a publisher, titled with its name (a source needs a url or a title). */
export function publisherSources(value: string | undefined): ImportedSource[] {
  return splitList(value).map((item) => {
    const url = webUrl(item);
    return url ? { url } : { title: item, publisher: item };
  });
}

/**
 * Sources from parallel lists (`source`, `source_title`, `source_url`, as our CSV export writes them):
 * matched by position when the lists are the same length, else each list on its own.
 */
export function parallelSources(publishers: string[], titles: string[], urls: string[]): ImportedSource[] {
  const width = Math.max(publishers.length, titles.length, urls.length);
  const aligned = [publishers, titles, urls].every((list) => list.length === 0 || list.length === width);
  const sources: ImportedSource[] = [];
  if (aligned) {
    for (let i = 0; i < width; i++) {
      const source: ImportedSource = {};
      const url = webUrl(urls[i]);
      if (url) source.url = url;
      if (titles[i]) source.title = titles[i];
      if (publishers[i]) source.publisher = publishers[i];
      if (!source.url && !source.title && source.publisher) source.title = source.publisher;
      if (source.url || source.title) sources.push(source);
    }
    return sources;
  }
  for (const url of urls) if (webUrl(url)) sources.push({ url: webUrl(url)! });
  for (const title of titles) sources.push({ title });
  for (const publisher of publishers) sources.push({ title: publisher, publisher });
  return sources;
}

/** Cells of a `; `-joined list keeping empty positions (`Rudaw; ; AP`), for parallel source columns. */
export function positionalList(value: string | undefined, separator: string | RegExp = ";"): string[] {
  if (!value?.trim()) return [];
  return value.split(separator).map((part) => part.replace(/\s+/g, " ").trim());
}

/**
 * Title and body from a title cell and a text cell. A long title cell (a whole news item) gives its first
 * sentence as the title and its full text as the body, unless a body is given.
 */
export function titleAndBody(
  titleValue: string | undefined,
  textValue: string | undefined,
): { title?: string; body?: string } {
  const title = cell(titleValue);
  const text = textValue?.trim() ? textValue : undefined;
  if (title) {
    const short = titleFromText(title);
    // More than the closing full stop was cut: the cell was a whole item, which becomes the body.
    const cut = short !== title.replace(/\.$/, "");
    const body = text ?? (cut ? titleValue : undefined);
    return { title: short, ...(body ? { body: markdownBody(body) } : {}) };
  }
  if (text) return { title: titleFromText(text), body: markdownBody(text) };
  return {};
}

/** The end date, unless it ends before the start (the checker would refuse the event). */
export function endAfter(
  date: string,
  end: string | undefined,
  origin: string,
  problems: RowProblems,
): string | undefined {
  if (end === undefined || end === date) return undefined;
  const start = parseDate(date);
  const finish = parseDate(end);
  if (start.ok && finish.ok && endsBefore(finish.value, start.value)) {
    problems.warn(origin, `the end ${end} is before the date ${date}; end left out`);
    return undefined;
  }
  return end;
}

// TimelineJS → content, from either of its two sources: the Google Sheets template (CSV with Year,
// Month, Day, Time, End Year …, Headline, Text, Group, Type) or its JSON format (`events` with
// start_date/end_date objects, text {headline, text}, group, unique_id). The date keeps exactly the
// parts given (a slide with only a year is a year). Headline and text are HTML: they become plain text;
// a closing paragraph that is only a link ("Read more") is dropped, and kept as a source when absolute.
// Title slides and eras are not events and are skipped.
import type { CsvRow } from "../csv.ts";
import { dateFromParts } from "../date-text.ts";
import { htmlParagraphs, htmlText, onlyLink } from "../html-text.ts";
import { cell } from "../lists.ts";
import { markdownBody } from "../markdown-text.ts";
import type { Converted, ImportedSource, ImportRecord } from "../record.ts";
import { titleFromText } from "../title.ts";
import { endAfter, idCell, RowProblems, rowOrigin, webUrl } from "./common.ts";

interface Slide {
  origin: string;
  start: [string?, string?, string?, string?];
  end: [string?, string?, string?, string?];
  headline?: string;
  text?: string;
  group?: string;
  uniqueId?: string;
}

function textParts(html: string | undefined): { body?: string; sources: ImportedSource[] } {
  if (!html?.trim()) return { sources: [] };
  const blocks = html.split(/(?=<p\b)/i);
  const last = blocks.at(-1);
  const link = last === undefined ? undefined : onlyLink(last);
  const sources: ImportedSource[] = [];
  let kept = html;
  if (link !== undefined && blocks.length > 1) {
    kept = blocks.slice(0, -1).join("");
    const url = webUrl(link);
    if (url) sources.push({ url });
  }
  const paragraphs = htmlParagraphs(kept);
  return { ...(paragraphs.length ? { body: markdownBody(paragraphs.join("\n\n")) } : {}), sources };
}

function convertSlides(slides: readonly Slide[]): Converted {
  const problems = new RowProblems();
  const records: ImportRecord[] = [];
  for (const slide of slides) {
    const { origin } = slide;
    const start = dateFromParts(...slide.start);
    if (!start || !start.ok) {
      problems.warn(origin, `${start ? start.message : "no start date (Year)"}; skipped`);
      continue;
    }
    const endParts = dateFromParts(...slide.end);
    if (endParts && !endParts.ok) problems.warn(origin, `end date: ${endParts.message}; left out`);
    const { body, sources } = textParts(slide.text);
    const headline = slide.headline ? htmlText(slide.headline) : "";
    const title = headline || (body ? titleFromText(htmlParagraphs(slide.text ?? "").join(" ")) : "");
    if (!title) {
      problems.warn(origin, "no headline and no text; skipped");
      continue;
    }
    const end = endParts?.ok ? endAfter(start.text, endParts.text, origin, problems) : undefined;
    const id = idCell(slide.uniqueId);
    const group = slide.group ? htmlText(slide.group) : undefined;
    records.push({
      origin,
      ...(id ? { id } : {}),
      title,
      date: start.text,
      ...(end ? { end } : {}),
      places: [],
      actors: [],
      figures: [],
      tags: group ? [group] : [],
      counts: [],
      ...(body ? { body } : {}),
      sources,
    });
  }
  return { records, warnings: problems.warnings };
}

/** Sheet columns by lower-cased name: the template capitalises them ("End Year"). */
function lower(row: CsvRow): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(row)) out[key.trim().toLowerCase()] = value;
  return out;
}

export function convertTimelineSheet(rows: readonly CsvRow[]): Converted {
  const slides: Slide[] = [];
  const skipped: string[] = [];
  rows.forEach((raw, index) => {
    const row = lower(raw);
    const type = cell(row.type)?.toLowerCase();
    if (type === "title" || type === "era") {
      skipped.push(`${rowOrigin(index)}: a ${type} slide, not an event; skipped`);
      return;
    }
    slides.push({
      origin: rowOrigin(index),
      start: [row.year, row.month, row.day, row.time],
      end: [row["end year"], row["end month"], row["end day"], row["end time"]],
      ...(row.headline ? { headline: row.headline } : {}),
      ...(row.text ? { text: row.text } : {}),
      ...(row.group ? { group: row.group } : {}),
    });
  });
  const converted = convertSlides(slides);
  return { records: converted.records, warnings: [...skipped, ...converted.warnings] };
}

type JsonDate = Record<string, unknown> | undefined;

function part(value: unknown): string | undefined {
  return typeof value === "number" || typeof value === "string" ? String(value) : undefined;
}

function clock(date: JsonDate): string | undefined {
  if (!date || part(date.hour) === undefined) return undefined;
  return `${part(date.hour)}:${(part(date.minute) ?? "0").padStart(2, "0")}`;
}

function parts(date: JsonDate): [string?, string?, string?, string?] {
  return date ? [part(date.year), part(date.month), part(date.day), clock(date)] : [];
}

export function convertTimelineJson(document: { events: unknown[] }): Converted {
  const slides: Slide[] = document.events.map((raw, index) => {
    const event = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const text = (typeof event.text === "object" && event.text !== null ? event.text : {}) as Record<string, unknown>;
    const asText = (v: unknown) => (typeof v === "string" ? v : undefined);
    return {
      origin: `event ${index + 1}`,
      start: parts(event.start_date as JsonDate),
      end: parts(event.end_date as JsonDate),
      ...(asText(text.headline) ? { headline: asText(text.headline)! } : {}),
      ...(asText(text.text) ? { text: asText(text.text)! } : {}),
      ...(asText(event.group) ? { group: asText(event.group)! } : {}),
      ...(asText(event.unique_id) ? { uniqueId: asText(event.unique_id)! } : {}),
    };
  });
  return convertSlides(slides);
}

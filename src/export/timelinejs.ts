// /data/timelinejs.json: the events as a TimelineJS3 timeline (its JSON format: `events` with
// start_date/end_date objects down to the event's precision). TimelineJS renders headline and text as
// HTML, so both are built with the escaping html`` template.
import type { CalendarDate } from "../model/calendar.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { html } from "../markup/html.ts";
import { documentPieces, type ExportDocument } from "./document.ts";
import { jsonListDocument } from "./json-chunks.ts";
import { eventRecord } from "./record.ts";

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  display_date: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
}

export interface TimelineDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

/** Only the parts the date was written with: a month-precision date has no day. */
export function timelineDate(date: CalendarDate): TimelineDate {
  const parts: TimelineDate = { year: date.year };
  if (date.month !== undefined) parts.month = date.month;
  if (date.day !== undefined) parts.day = date.day;
  if (date.hour !== undefined) parts.hour = date.hour;
  if (date.minute !== undefined) parts.minute = date.minute;
  return parts;
}

export function timelineSlide(model: Model, event: TimelineEvent): TimelineSlide {
  const record = eventRecord(model, event);
  const text = html`${record.summary && html`<p>${record.summary}</p>`}<p><a href="${record.url}">Read more</a></p>`;
  return {
    start_date: timelineDate(event.date),
    ...(event.end ? { end_date: timelineDate(event.end) } : {}),
    display_date: record.date_display,
    text: { headline: html`${record.title}`.toString(), text: text.toString() },
    // TimelineJS shows each group as a band: the first tag, the closest thing to a topic.
    ...(event.tags[0] ? { group: event.tags[0] } : {}),
    unique_id: event.id,
  };
}

/** The TimelineDocument, a slide for each event. */
export function timelineJsonDocument(model: Model): ExportDocument<TimelineEvent> {
  const title: TimelineDocument["title"] = {
    text: { headline: html`${model.site.title}`.toString(), text: html`${model.site.description}`.toString() },
  };
  return jsonListDocument({ title }, "events", 1, (event) => [timelineSlide(model, event)]);
}

/** The TimelineDocument's text a piece at a time. */
export function timelineJsonChunks(model: Model, events: readonly TimelineEvent[]): Iterable<string> {
  return documentPieces(timelineJsonDocument(model), events);
}

// Dates as <time> elements: the text at the date's precision (with "c." and ranges), the canonical
// written form as the machine-readable value.
import type { CalendarDate } from "../src/model/calendar.ts";
import { datetimeAttribute } from "../src/site/dates.ts";
import type { SiteData } from "../src/site/site-data.ts";
import type { TimelineEvent } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";

/** When an event happened, e.g. "8–12 December 2024" or "c. December 2024". */
export function eventDate(data: SiteData, event: TimelineEvent): SafeHtml {
  const text = data.dates.range(event.date, event.end, { circa: event.circa });
  return html`<time datetime="${datetimeAttribute(event.date)}" dir="auto">${text}</time>`;
}

/** Any single calendar date: a source's publication date, an event's last correction. */
export function plainDate(data: SiteData, date: CalendarDate): SafeHtml {
  return html`<time datetime="${datetimeAttribute(date)}" dir="auto">${data.dates.date(date)}</time>`;
}

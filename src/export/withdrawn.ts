// /data/withdrawn.json and /data/withdrawn.csv: the events withdrawn after publication, with when and why,
// as ACLED publishes its deletions beside its data, so that a dataset built from an earlier download can
// drop them. Each keeps its address (a notice page), given as `url`.
import { stringify } from "csv-stringify/sync";
import type { TimelineEvent } from "../model/types.ts";
import { urls } from "../site/urls.ts";

interface WithdrawnRow {
  id: string;
  title: string;
  /** The event's date, as written (`2024-12`), and the day it was withdrawn. */
  event_date: string;
  withdrawn: string;
  reason: string;
  url: string;
}

function rows(events: readonly TimelineEvent[]): WithdrawnRow[] {
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    event_date: event.date.text,
    withdrawn: event.withdrawn!.date.text,
    reason: event.withdrawn!.reason,
    url: urls.event(event.id),
  }));
}

export function withdrawnJson(events: readonly TimelineEvent[]): string {
  return `${JSON.stringify({ withdrawn: rows(events) }, null, 2)}\n`;
}

export function withdrawnCsv(events: readonly TimelineEvent[]): string {
  const columns = ["id", "title", "event_date", "withdrawn", "reason", "url"];
  return stringify(rows(events), { header: true, columns });
}

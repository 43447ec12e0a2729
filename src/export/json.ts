// /data/events.json: every published event, in timeline order, with what the site knows about it.
import { siteUrl, BASE_URL_NOTE } from "../feeds/site-url.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { dataPaths } from "./paths.ts";
import { eventRecord, type EventRecord } from "./record.ts";

export interface EventsDocument {
  $schema: string;
  title: string;
  description: string;
  /** Absolute site URL, or "" when the build had none (then every `url` is root-relative). */
  base_url: string;
  note?: string;
  count: number;
  events: EventRecord[];
}

export function eventsDocument(model: Model, events: readonly TimelineEvent[]): EventsDocument {
  return {
    $schema: siteUrl(model.site, dataPaths.schema()),
    title: model.site.title,
    description: model.site.description,
    base_url: model.site.baseUrl,
    ...(model.site.baseUrl ? {} : { note: BASE_URL_NOTE }),
    count: events.length,
    events: events.map((event) => eventRecord(model, event)),
  };
}

export function eventsJson(model: Model, events: readonly TimelineEvent[]): string {
  return `${JSON.stringify(eventsDocument(model, events), null, 1)}\n`;
}

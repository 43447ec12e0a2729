// /data/events.json: every published event, in timeline order, with what the site knows about it.
import { siteUrl } from "../feeds/site-url.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { englishMessages } from "../site/messages.ts";
import { documentPieces, type ExportDocument } from "./document.ts";
import { jsonListDocument } from "./json-chunks.ts";
import { carriesLanguages } from "./languages.ts";
import { dataPaths } from "./paths.ts";
import { eventRecord, type EventRecord } from "./record.ts";

export interface EventsDocument {
  $schema: string;
  title: string;
  description: string;
  /** The site's language, which events without another `lang` are written in; only when languages are carried. */
  language?: string;
  /** Absolute site URL, or "" when the build had none (then every `url` is root-relative). */
  base_url: string;
  note?: string;
  count: number;
  events: EventRecord[];
}

/** Everything but the events, in the order the document has them (the events come last). */
function documentHead(model: Model, count: number): Omit<EventsDocument, "events"> {
  return {
    $schema: siteUrl(model.site, dataPaths.schema()),
    title: model.site.title,
    description: model.site.description,
    ...(carriesLanguages(model) ? { language: model.site.language } : {}),
    base_url: model.site.baseUrl,
    // The exports are data, one set per site, in English like their field names and date_display.
    ...(model.site.baseUrl ? {} : { note: englishMessages.t("feed.baseUrlNote") }),
    count,
  };
}

/** The document, each event's record made only when its block is wanted. */
export function eventsJsonDocument(model: Model, events: readonly TimelineEvent[]): ExportDocument<TimelineEvent> {
  // Records carry `lang` and `translations` only when the export carries languages.
  const languages = String(carriesLanguages(model));
  return jsonListDocument(
    documentHead(model, events.length),
    "events",
    1,
    (event) => [eventRecord(model, event)],
    languages,
  );
}

/** The document's text a piece at a time. */
export function eventsJsonChunks(model: Model, events: readonly TimelineEvent[]): Iterable<string> {
  return documentPieces(eventsJsonDocument(model, events), events);
}

// JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Feed libraries write version 1.0 (a
// single `author`, no `language`), and JSON needs no serialiser beyond JSON.stringify, so the feed is a
// typed object here. Event details a reader may want (the date at its precision, places, actors,
// figures) go in the `_dateline` extension object, as the spec provides for.
import { entryContent, otherLanguage } from "./content.ts";
import type { EntityRef, FeedEntry } from "./entries.ts";
import type { FeedSpec } from "./atom.ts";
import type { Messages } from "../site/messages.ts";
import { describedFeed, siteUrl } from "./site-url.ts";

interface JsonFeedRef {
  id: string;
  name: string;
  url: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  /** JSON Feed 1.1's item language: given when the item is shown in another language than the feed's. */
  language?: string;
  content_html: string;
  date_published: string;
  date_modified: string;
  tags?: string[];
  _dateline: {
    /** The date as written, at its precision: `2024`, `2024-12`, `2024-12-19`, `2024-12-19T14:30`. */
    date: string;
    precision: string;
    end?: string;
    circa: boolean;
    /** As the site shows it: "c. 8–12 December 2024". */
    date_display: string;
    places: JsonFeedRef[];
    actors: JsonFeedRef[];
    figures: JsonFeedRef[];
  };
}

export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

const ref = ({ id, name, url }: EntityRef): JsonFeedRef => ({ id, name, url });

/** `feedLang`: the feed's language; an item shown untranslated, title and summary alike, gives its own. */
export function jsonFeedItem(entry: FeedEntry, messages: Messages, feedLang: string): JsonFeedItem {
  const { event } = entry;
  const sameLanguage = !entry.summary || entry.summaryLang === entry.titleLang;
  const language = sameLanguage ? otherLanguage(entry.titleLang, feedLang) : undefined;
  return {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    ...(entry.summary ? { summary: entry.summary } : {}),
    ...(language ? { language } : {}),
    content_html: entryContent(entry, messages, feedLang).toString(),
    date_published: entry.published.toISOString(),
    date_modified: entry.updated.toISOString(),
    ...(entry.tags.length ? { tags: [...entry.tags] } : {}),
    _dateline: {
      date: event.date.text,
      precision: event.date.precision,
      ...(event.end ? { end: event.end.text } : {}),
      circa: event.circa,
      date_display: entry.dateDisplay,
      places: entry.places.map(ref),
      actors: entry.actors.map(ref),
      figures: entry.figures.map(ref),
    },
  };
}

export function jsonFeed(spec: FeedSpec): string {
  const { site } = spec;
  const description = describedFeed(spec);
  const feed: JsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: spec.title,
    home_page_url: siteUrl(site, spec.pagePath),
    feed_url: siteUrl(site, spec.feedPath),
    ...(description ? { description } : {}),
    language: site.language,
    authors: [{ name: site.title }],
    items: spec.entries.map((entry) => jsonFeedItem(entry, spec.messages, site.language)),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

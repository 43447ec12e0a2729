// What a feed says about one event, independent of the feed format: its link, the date as the site
// shows it, summary, places, actors, figures, tags, and the instants feeds need.
import { englishDates, type DateFormat } from "../site/edition-dates.ts";
import { summaryLanguage } from "../site/localize.ts";
import { entitiesOf } from "../model/entity-kinds.ts";
import type { EntityKind, Model, TimelineEvent } from "../model/types.ts";
import { urls as rootUrls, type Urls } from "../site/urls.ts";
import { siteUrl } from "./site-url.ts";
import { instantOf } from "./time.ts";

export interface EntityRef {
  kind: EntityKind;
  id: string;
  name: string;
  url: string;
}

export interface FeedEntry {
  event: TimelineEvent;
  /** Permanent id of the entry: the event page's absolute URL, or a URN when no base URL is known. */
  id: string;
  url: string;
  title: string;
  /** The language `title` is in: the feed's, or the original's where the edition has no translation of it. */
  titleLang: string;
  /** "c. 8–12 December 2024": the date exactly as event pages show it. */
  dateDisplay: string;
  summary: string;
  /** The language `summary` is in, which may differ from the title's (a translation may give only a title). */
  summaryLang: string;
  places: EntityRef[];
  actors: EntityRef[];
  figures: EntityRef[];
  tags: string[];
  published: Date;
  /** The event's `updated` date when it has one, else its date. */
  updated: Date;
}

/**
 * Which edition a feed is in: its page URLs and how it writes dates, and, for an edition whose events may
 * be shown untranslated, its language and each event as written (SiteData gives all of these). The
 * default edition's when left out.
 */
export interface FeedView {
  urls: Urls;
  dates: DateFormat;
  language?: string;
  originalEvent?(id: string): TimelineEvent | undefined;
}

export const ROOT_VIEW: FeedView = { urls: rootUrls, dates: englishDates };

function refs(model: Model, kind: EntityKind, ids: readonly string[], urls: Urls): EntityRef[] {
  const map = entitiesOf(model, kind);
  return ids.map((id) => ({
    kind,
    id,
    name: map.get(id)?.name ?? id,
    url: siteUrl(model.site, urls.entity(kind, id)),
  }));
}

/** A stable entry id: the page URL when absolute, else a URN that is valid everywhere an id must be absolute. */
export function entryId(model: Model, event: TimelineEvent, urls: Urls = rootUrls): string {
  if (model.site.baseUrl) return siteUrl(model.site, urls.event(event.id));
  // Another edition's entry is another entry: its URN names the edition (`urn:dateline:ar:event:<id>`).
  const edition = urls.home().slice(1, -1);
  return `urn:dateline:${edition ? `${edition}:` : ""}event:${event.id}`;
}

// One entry per event and model: an event appears in several feeds (its places, the places enclosing
// them, its actors and figures), and is described the same way in each.
const cache = new WeakMap<Model, Map<string, FeedEntry>>();

export function feedEntry(model: Model, event: TimelineEvent, view: FeedView = ROOT_VIEW): FeedEntry {
  const { urls, dates } = view;
  let entries = cache.get(model);
  if (!entries) cache.set(model, (entries = new Map<string, FeedEntry>()));
  const key = `${model.site.baseUrl}\n${event.id}`;
  let entry = entries.get(key);
  if (!entry) {
    const original = view.language === undefined ? undefined : view.originalEvent?.(event.id);
    entry = {
      event,
      id: entryId(model, event, urls),
      url: siteUrl(model.site, urls.event(event.id)),
      title: event.title,
      titleLang: event.lang,
      dateDisplay: dates.range(event.date, event.end, { circa: event.circa }),
      summary: event.summary,
      summaryLang: original && view.language ? summaryLanguage(original, view.language) : event.lang,
      places: refs(model, "place", event.places, urls),
      actors: refs(model, "actor", event.actors, urls),
      figures: refs(model, "figure", event.figures, urls),
      tags: event.tags,
      published: instantOf(event.date),
      updated: latest(instantOf(event.date), event.updated && instantOf(event.updated)),
    };
    entries.set(key, entry);
  }
  return entry;
}

function latest(a: Date, b: Date | undefined): Date {
  return b && b.getTime() > a.getTime() ? b : a;
}

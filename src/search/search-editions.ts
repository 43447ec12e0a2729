// Each edition's search index is made from the edition's own view of the archive: the model in its
// language (translated titles, bodies and names, the original's where untranslated), its page URLs and its
// dates, so a result in /ar/search/ reads and links as the Arabic pages do.
import type { Edition, Model, TimelineEvent } from "../model/types.ts";
import { datesFor, type DateFormat } from "../site/edition-dates.ts";
import { messagesFor } from "../site/edition-messages.ts";
import { localizeModel } from "../site/localize.ts";
import { siteEditions } from "../site/site-editions.ts";
import { urlsFor, type Urls } from "../site/urls.ts";

export interface SearchEdition {
  edition: Edition;
  /** The model in the edition's language. */
  model: Model;
  /** The model as loaded, in the content's own words. */
  original: Model;
  /** The edition's events by id: the timeline lists the loaded events, in the content's own words. */
  events: ReadonlyMap<string, TimelineEvent>;
  urls: Urls;
  dates: DateFormat;
}

/** One per edition of the site, the default first. */
export function searchEditions(model: Model): SearchEdition[] {
  const editions = siteEditions(model.site);
  return editions.map((edition) => {
    const localized = localizeModel(model, edition.lang);
    return {
      edition,
      model: localized,
      original: model,
      events: new Map(localized.events.map((event) => [event.id, event])),
      urls: urlsFor(edition.prefix),
      dates: datesFor(edition, messagesFor(edition, editions.length <= 1)),
    };
  });
}

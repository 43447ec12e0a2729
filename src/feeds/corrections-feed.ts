// /corrections/feed.xml: an Atom entry per correction, newest first, linking the corrected event's page. An
// edition's feed gives each correction's text in the edition's language where it is translated
// (src/site/localize.ts), as its /corrections/ page does.
import type { Model, TimelineEvent } from "../model/types.ts";
import { correctionsOf } from "../site/corrections.ts";
import type { Messages } from "../site/messages.ts";
import type { FeedSpec } from "./atom.ts";
import { feedEntry, ROOT_VIEW, type FeedEntry, type FeedView } from "./entries.ts";
import { FEED_SIZE } from "./feeds.ts";
import { instantOf } from "./time.ts";

/** `events`: the published events of the feed's edition. */
export function correctionsFeed(
  model: Model,
  events: readonly TimelineEvent[],
  messages: Messages,
  view: FeedView = ROOT_VIEW,
): FeedSpec {
  const { urls, dates } = view;
  const entries = correctionsOf(events)
    .slice(0, FEED_SIZE)
    .map(({ event, correction, number }): FeedEntry => {
      const about = feedEntry(model, event, view);
      const when = instantOf(correction.date);
      return {
        ...about,
        // A correction is news of its own: an entry of its own, pointing at the event's corrections.
        id: `${about.id}#correction-${number}`,
        url: `${about.url}#corrections`,
        // The edition's sentence, quoting the event's title.
        title: messages.t("feed.corrections.entry", { title: event.title }),
        titleLang: model.site.language,
        dateDisplay: dates.date(correction.date),
        summary: correction.text,
        summaryLang: correction.lang ?? event.lang,
        published: when,
        updated: when,
      };
    });
  return {
    site: model.site,
    messages,
    title: messages.t("feed.corrections.title", { site: model.site.title }),
    description: messages.t("feed.corrections.description", { site: model.site.title }),
    pagePath: urls.corrections(),
    feedPath: urls.correctionsFeed(),
    entries,
  };
}

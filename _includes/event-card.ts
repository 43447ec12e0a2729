// One event in a list: date, title linked to its page, place and actor chips, summary.
import type { TimelineEvent } from "../src/model/types.ts";
import { html, raw, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { draftBadge } from "./badges.ts";
import { chips } from "./chips.ts";
import { summaryLanguage } from "../src/site/localize.ts";
import { langAttr } from "./content-language.ts";
import { eventDate } from "./event-date.ts";

export type HeadingLevel = 2 | 3 | 4;

// A card depends only on the site data, the event and the heading level, and one event's card appears
// on many pages (its year, each of its places and every place enclosing them, its actors): made once.
const made = new WeakMap<SiteData, Map<string, SafeHtml>>();

export function eventCard(data: SiteData, event: TimelineEvent, level: HeadingLevel): SafeHtml {
  let cards = made.get(data);
  if (!cards) made.set(data, (cards = new Map<string, SafeHtml>()));
  const key = `${level} ${event.id}`;
  let card = cards.get(key);
  if (!card) cards.set(key, (card = makeCard(data, event, level)));
  return card;
}

/** A translation may give a title but leave the summary to the original: each keeps its own language. */
function summaryLanguageOf(data: SiteData, event: TimelineEvent): string {
  const original = data.originalEvent(event.id);
  return original ? summaryLanguage(original, data.language) : event.lang;
}

function makeCard(data: SiteData, event: TimelineEvent, level: HeadingLevel): SafeHtml {
  // The tag name comes from a closed set of numbers, never from content.
  const h = raw(`h${level}`);
  return html`<article class="card${event.draft && " card-draft"}">
<p class="card-date">${eventDate(data, event)}${draftBadge(data, event)}</p>
<${h} class="card-title" dir="auto"${langAttr(data, event.lang)}><a href="${data.urls.event(event.id)}">${event.title}</a></${h}>
${chips(data, [
  ["place", event.places],
  ["actor", event.actors],
])}
${event.summary && html`<p class="card-summary" dir="auto"${langAttr(data, summaryLanguageOf(data, event))}>${event.summary}</p>`}
</article>`;
}

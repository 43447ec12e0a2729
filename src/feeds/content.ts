// The HTML body of a feed entry: the date as shown on the site, the summary, and the places, actors and
// figures, each linked to its page. Built with the escaping html`` template, like every page.
import { html, type SafeHtml } from "../markup/html.ts";
import { pluralForm } from "../markup/plural.ts";
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import type { EntityRef, FeedEntry } from "./entries.ts";

function refList(refs: readonly EntityRef[], language: string): SafeHtml | undefined {
  const first = refs[0];
  if (!first) return undefined;
  const label = pluralForm(refs.length, ENTITY_KIND[first.kind].words.label, language);
  const links = refs.map((ref, i) => html`${i > 0 ? ", " : ""}<a href="${ref.url}">${ref.name}</a>`);
  return html`<li>${label}: ${links}</li>`;
}

/** `language`: the site's, whose plural rules choose "Place" or "Places". */
export function entryContent(entry: FeedEntry, language: string): SafeHtml {
  const facts = [entry.places, entry.actors, entry.figures]
    .map((refs) => refList(refs, language))
    .filter((f): f is SafeHtml => f !== undefined);
  if (entry.tags.length) facts.push(html`<li>Tags: ${entry.tags.join(", ")}</li>`);
  return html`<p><strong>${entry.dateDisplay}</strong></p>
${entry.summary && html`<p>${entry.summary}</p>`}
${facts.length > 0 && html`<ul>${facts}</ul>`}
<p><a href="${entry.url}">${entry.title}</a></p>`;
}

// The HTML body of a feed entry: the date as shown on the site, the summary, and the places, actors and
// figures, each linked to its page. Built with the escaping html`` template, like every page.
import { html, type SafeHtml } from "../markup/html.ts";
import type { EntityRef, FeedEntry } from "./entries.ts";

const LABEL = { place: ["Place", "Places"], actor: ["Actor", "Actors"], figure: ["Figure", "Figures"] } as const;

function refList(refs: readonly EntityRef[]): SafeHtml | undefined {
  const first = refs[0];
  if (!first) return undefined;
  const label = LABEL[first.kind][refs.length === 1 ? 0 : 1];
  const links = refs.map((ref, i) => html`${i > 0 ? ", " : ""}<a href="${ref.url}">${ref.name}</a>`);
  return html`<li>${label}: ${links}</li>`;
}

export function entryContent(entry: FeedEntry): SafeHtml {
  const facts = [refList(entry.places), refList(entry.actors), refList(entry.figures)].filter((f): f is SafeHtml => f !== undefined);
  if (entry.tags.length) facts.push(html`<li>Tags: ${entry.tags.join(", ")}</li>`);
  return html`<p><strong>${entry.dateDisplay}</strong></p>
${entry.summary && html`<p>${entry.summary}</p>`}
${facts.length > 0 && html`<ul>${facts}</ul>`}
<p><a href="${entry.url}">${entry.title}</a></p>`;
}

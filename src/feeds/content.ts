// The HTML body of a feed entry: the date as shown on the site, the summary, and the places, actors and
// figures, each linked to its page. Built with the escaping html`` template, like every page.
import { html, type SafeHtml } from "../markup/html.ts";
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import type { Messages } from "../site/messages.ts";
import type { EntityRef, FeedEntry } from "./entries.ts";

/** "Places: <a>Anbar</a>, <a>Hit</a>". */
function refList(refs: readonly EntityRef[], messages: Messages): SafeHtml | undefined {
  const first = refs[0];
  if (!first) return undefined;
  const links = refs.map((ref, i) => html`${i > 0 ? ", " : ""}<a href="${ref.url}">${ref.name}</a>`);
  const named = messages.html(ENTITY_KIND[first.kind].messages.named, { count: refs.length, names: html`${links}` });
  return html`<li>${named}</li>`;
}

/** The language to mark `text` with in a feed in `feedLang`: undefined when it is the feed's own. */
export function otherLanguage(lang: string, feedLang: string): string | undefined {
  return lang.toLowerCase() === feedLang.toLowerCase() ? undefined : lang;
}

/** ` lang="…"` for text in another language than the feed's, as pages mark it; nothing otherwise. */
function langAttr(lang: string, feedLang: string): SafeHtml {
  const other = otherLanguage(lang, feedLang);
  return other === undefined ? html`` : html` lang="${other}"`;
}

/**
 * `messages`: the site's words, whose plural rules choose "Place" or "Places"; `feedLang`: the feed's
 * language, against which a summary or title shown untranslated is marked with its own.
 */
export function entryContent(entry: FeedEntry, messages: Messages, feedLang: string): SafeHtml {
  const facts = [entry.places, entry.actors, entry.figures]
    .map((refs) => refList(refs, messages))
    .filter((f): f is SafeHtml => f !== undefined);
  if (entry.tags.length) facts.push(html`<li>${messages.t("feed.entry.tags", { tags: entry.tags.join(", ") })}</li>`);
  return html`<p><strong>${entry.dateDisplay}</strong></p>
${entry.summary && html`<p${langAttr(entry.summaryLang, feedLang)}>${entry.summary}</p>`}
${facts.length > 0 && html`<ul>${facts}</ul>`}
<p><a href="${entry.url}"${langAttr(entry.titleLang, feedLang)}>${entry.title}</a></p>`;
}

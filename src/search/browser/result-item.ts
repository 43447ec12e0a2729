// One search result as a card like the timeline's: date and place, the title linking to the event, and
// the excerpt. Everything from the record is set as text; the link goes only to a path on this site.
import type { EventRecordMeta } from "../record-meta.ts";
import { element, text } from "./dom.ts";
import { excerptNodes } from "./excerpt.ts";
import type { PageMessages } from "./page-messages.ts";
import type { PagefindResultData } from "./pagefind-api.ts";

export function resultItem(data: PagefindResultData, messages: PageMessages): HTMLLIElement {
  const meta: Partial<EventRecordMeta> = data.meta;
  const item = element("li");
  const card = element("article", "card search-result");
  const when = element("p", "card-date");
  when.append(text(meta.date, "search-result-date"));
  if (meta.place) {
    when.append(text(" · ", "search-result-sep"), text(meta.place, "search-result-place"));
  }
  const heading = element("h3", "card-title");
  heading.dir = "auto";
  // An event not yet translated is shown in its own words, marked with their language.
  if (meta.lang) heading.lang = meta.lang;
  const href = sameSitePath(data.url);
  const title = meta.title || messages.say("search.result.untitled");
  if (href) {
    const link = element("a");
    link.href = href;
    link.textContent = title;
    heading.append(link);
  } else {
    // Still reachable for "Show more", which moves focus to the first new result.
    heading.tabIndex = -1;
    heading.textContent = title;
  }
  card.append(when, heading);
  const excerpt = excerptNodes(data);
  if (excerpt.length) {
    const paragraph = element("p", "card-summary search-excerpt");
    paragraph.dir = "auto";
    if (meta.text_lang) paragraph.lang = meta.text_lang;
    paragraph.append(...excerpt);
    card.append(paragraph);
  }
  item.append(card);
  return item;
}

/** The path of a URL on this site, or undefined for anything that would leave it. */
function sameSitePath(url: string): string | undefined {
  if (typeof url !== "string" || url === "") return undefined;
  try {
    const parsed = new URL(url, location.href);
    if (parsed.origin !== location.origin) return undefined;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return undefined;
  }
}

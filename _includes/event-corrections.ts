// An event's corrections, oldest first: when, and what was corrected, in the edition's language where the
// event's translation gives the text, else in the language its file is written in, marked with it.
import type { TimelineEvent } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { langAttr } from "./content-language.ts";
import { plainDate } from "./event-date.ts";

/** The page's anchor for its corrections, linked from /corrections/ and the corrections feed. */
export const CORRECTIONS_ANCHOR = "corrections";

/** `lang`: the language the event's file is written in, which a correction's text is in unless it says otherwise. */
export function eventCorrections(data: SiteData, event: TimelineEvent, lang: string): SafeHtml {
  if (!event.corrections?.length) return html``;
  const { messages } = data;
  const items = event.corrections.map(
    (c) =>
      html`<li>${plainDate(data, c.date)}<span class="source-sep">: </span><span dir="auto"${langAttr(data, c.lang ?? lang)}>${c.text}</span></li>`,
  );
  return html`<section class="corrections" id="${CORRECTIONS_ANCHOR}" aria-labelledby="corrections-heading">
<h2 id="corrections-heading">${messages.t("event.corrections")}</h2>
<ol>${items}</ol>
</section>`;
}

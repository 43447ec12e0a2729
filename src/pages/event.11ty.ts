// /events/<id>/ — one page per published event, paginated one event at a time.
import type { TimelineEvent } from "../model/types.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";
import { html, raw } from "../markup/html.ts";
import { outputPath } from "../site/urls.ts";
import { draftBadge } from "../../_includes/badges.ts";
import { eventCounts, eventEntities } from "../../_includes/event-facts.ts";
import { eventDate, plainDate } from "../../_includes/event-date.ts";
import { langAttr, untranslatedNote } from "../../_includes/content-language.ts";
import { bodyLanguage } from "../site/localize.ts";
import { eventMap } from "../../_includes/event-map.ts";
import { layout } from "../../_includes/layout.ts";
import { pager } from "../../_includes/pager.ts";
import { sourceList } from "../../_includes/sources.ts";
import { eventCorrections } from "../../_includes/event-corrections.ts";

type Data = PageData & { event: TimelineEvent };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.events", size: 1, alias: "event" },
  permalink: (d) => outputPath(d.dateline.urls.event(d.event.id)),
};

export function render({ dateline, event }: Data): string {
  const { messages } = dateline;
  const previous = dateline.timeline.previous.get(event.id);
  const next = dateline.timeline.next.get(event.id);
  const original = dateline.originalEvent(event.id) ?? event;
  const bodyLang = bodyLanguage(original, dateline.language);
  // The note names the language most of the page's words are in: the title's, else the body's.
  const shown = event.lang !== dateline.language ? event.lang : bodyLang;
  const tagLang = langAttr(dateline, original.lang);
  const tagItems = event.tags.map((t) => html`<li dir="auto"${tagLang}>${t}</li>`);
  const tags = event.tags.length
    ? html`<ul class="tags" aria-label="${messages.t("event.tags")}">${tagItems}</ul>`
    : html``;
  const body = html`<article class="event" data-pagefind-body>
<header class="event-header">
<p class="kicker"><a href="${dateline.urls.year(event.date.year)}">${dateline.dates.month(event.date.year, 0)}</a>${draftBadge(dateline, event)}</p>
<h1 dir="auto"${langAttr(dateline, event.lang)}>${event.title}</h1>
<p class="event-date">${eventDate(dateline, event)}</p>${untranslatedNote(dateline, shown)}
</header>
${eventEntities(dateline, event)}
${eventMap(dateline, event)}
${event.body.trim() && html`<div class="prose"${langAttr(dateline, bodyLang)}>${raw(event.bodyHtml)}</div>`}
${eventCounts(dateline, event)}
${sourceList(dateline, event.sources, original.lang)}
${eventCorrections(dateline, event, original.lang)}
<footer class="event-footer">
${tags}
${event.updated && html`<p class="updated">${messages.html("event.updated", { date: plainDate(dateline, event.updated) })}</p>`}
</footer>
</article>
${pager(
  messages,
  messages.t("event.pager"),
  previous && {
    href: dateline.urls.event(previous.id),
    title: previous.title,
    lang: langAttr(dateline, previous.lang),
  },
  next && { href: dateline.urls.event(next.id), title: next.title, lang: langAttr(dateline, next.lang) },
)}`;
  return layout({
    data: dateline,
    title: event.title,
    path: dateline.urls.event(event.id),
    description: event.summary || undefined,
    section: "timeline",
    body,
  }).toString();
}

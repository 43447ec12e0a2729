// /events/<id>/ of a withdrawn event (`withdrawn: {date, reason}`): the address keeps working, as a notice
// of what was published (title, date), that it was withdrawn, when and why (the reason in the edition's
// language where the translation gives it, else marked with the event file's). The event itself is in no
// list, count, map, feed or search; the data exports list it among the withdrawn (/data/withdrawn.json).
import type { TimelineEvent } from "../model/types.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";
import { html } from "../markup/html.ts";
import { outputPath } from "../site/urls.ts";
import { eventDate, plainDate } from "../../_includes/event-date.ts";
import { langAttr } from "../../_includes/content-language.ts";
import { layout } from "../../_includes/layout.ts";

type Data = PageData & { event: TimelineEvent };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.withdrawn", size: 1, alias: "event" },
  permalink: (d) => outputPath(d.dateline.urls.event(d.event.id)),
};

export function render({ dateline, event }: Data): string {
  const { messages } = dateline;
  const withdrawn = event.withdrawn!;
  const original = dateline.originalEvent(event.id) ?? event;
  const path = dateline.urls.event(event.id);
  const body = html`<article class="event withdrawn">
<header class="event-header">
<p class="kicker">${messages.t("withdrawn.kicker")}</p>
<h1 dir="auto"${langAttr(dateline, event.lang)}>${event.title}</h1>
<p class="event-date">${eventDate(dateline, event)}</p>
</header>
<div class="notice" role="note">
<p>${messages.html("withdrawn.lede", { date: plainDate(dateline, withdrawn.date) })}</p>
<p>${messages.html("withdrawn.reason", { reason: html`<span dir="auto"${langAttr(dateline, withdrawn.lang ?? original.lang)}>${withdrawn.reason}</span>` })}</p>
</div>
<ul class="explore">
<li><a href="${dateline.urls.timeline()}">${messages.t("nav.timeline")}</a></li>
</ul>
</article>`;
  const title = messages.t("withdrawn.title", { title: event.title });
  return layout({ data: dateline, title, path, body }).toString();
}

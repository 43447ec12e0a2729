// Small status labels shown next to titles.
import type { TimelineEvent } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** A visible "Draft" label: drafts appear only in development builds, and must look unfinished there. */
export function draftBadge(data: SiteData, event: TimelineEvent): SafeHtml {
  return html`${event.draft && html`<span class="badge badge-draft">${data.messages.t("event.draft")}</span>`}`;
}

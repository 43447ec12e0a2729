// /embed/oembed.json — the timeline embed's oEmbed description, linked from the timeline page.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { oembedJson, timelineEmbed } from "../site/embed-code.ts";

export const data: TemplateData<PageData> = sitePage("feeds", (d: PageData) =>
  d.dateline.urls.oembed(d.dateline.urls.embed()),
);

export function render({ dateline }: PageData): string {
  return oembedJson(dateline.site, timelineEmbed(dateline));
}

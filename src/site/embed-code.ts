// What a newsroom copies to embed a slice of the timeline: one line of HTML (the iframe, and the script
// that sizes it), and the same as oEmbed JSON for publishing tools that embed from a URL. Addresses are
// absolute when the site knows its base URL; without one they only work on the site itself.
import type { Entity, SiteConfig } from "../model/types.ts";
import { escapeHtml } from "../markup/html.ts";
import type { SiteData } from "./site-data.ts";
import { urls } from "./urls.ts";

/** The iframe's height before the sizing script sets it (and for good, without the script). */
export const EMBED_HEIGHT = 480;
export const EMBED_WIDTH = 600;

export interface Embed {
  /** The embed page's root-relative URL (`/embed/places/al-qaim/`). */
  url: string;
  /** What the frame shows, for its `title` (read by screen readers) and the oEmbed title. */
  title: string;
}

const absolute = (site: SiteConfig, path: string) => `${site.baseUrl}${path}`;

/** The one line to paste: the iframe (with a title), then the sizing script. */
export function embedCode(site: SiteConfig, embed: Embed): string {
  const src = escapeHtml(absolute(site, embed.url));
  const title = escapeHtml(embed.title);
  const script = escapeHtml(absolute(site, urls.embedScript()));
  return (
    `<iframe src="${src}" title="${title}" data-dateline-embed loading="lazy" ` +
    `style="width:100%;height:${EMBED_HEIGHT}px;border:0"></iframe>` +
    `<script src="${script}" async></script>`
  );
}

/** The embed's oEmbed description (type `rich`), published beside it as oembed.json. */
export function oembedJson(site: SiteConfig, embed: Embed): string {
  const description = {
    version: "1.0",
    type: "rich",
    provider_name: site.title,
    ...(site.baseUrl ? { provider_url: `${site.baseUrl}/` } : {}),
    title: embed.title,
    html: embedCode(site, embed),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  };
  return `${JSON.stringify(description, null, 2)}\n`;
}

/** The `<link rel="alternate">` that lets publishing tools find an embed's oEmbed description. */
export function oembedLink(
  data: SiteData,
  embed: Embed,
): { type: "application/json+oembed"; title: string; href: string } {
  return {
    type: "application/json+oembed",
    title: embed.title,
    href: absolute(data.site, data.urls.oembed(embed.url)),
  };
}

/** The whole timeline's embed in this edition. */
export function timelineEmbed(data: SiteData): Embed {
  return { url: data.urls.embed(), title: data.messages.t("embed.frameTitle.timeline", { site: data.title.text }) };
}

/** One entity's embed in this edition. */
export function entityEmbed(data: SiteData, entity: Entity): Embed {
  const title = data.messages.t("embed.frameTitle.entity", { name: entity.name, site: data.title.text });
  return { url: data.urls.entityEmbed(entity.kind, entity.id), title };
}

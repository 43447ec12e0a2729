// The page shell every template renders into: head, skip link, header, main, footer. No JavaScript.
import { siteFeedLinks, type FeedLink } from "../src/feeds/links.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";
import { hreflangLinks } from "./language-switcher.ts";
import { siteHeader, type Section } from "./site-header.ts";

export interface LayoutOptions {
  data: SiteData;
  /** Page title; the site title is appended unless this is the home page. */
  title: string;
  /** Root-relative URL of this page, for the canonical link. */
  path: string;
  description?: string;
  section?: Section;
  body: SafeHtml;
  /** This page's own feeds (an entity's, from feedLinks()); the site-wide feeds are linked on every page. */
  feeds?: readonly FeedLink[];
}

export function layout({ data, title, path, description, section, body, feeds = [] }: LayoutOptions): SafeHtml {
  const { site, messages, edition } = data;
  const siteTitle = data.title;
  const siteDescription = data.description;
  const fullTitle =
    title === siteTitle.text ? title : messages.t("layout.title", { page: title, site: siteTitle.text });
  const marked = (lang: string) => lang !== edition.lang && html` lang="${lang}"`;
  const canonical = site.baseUrl ? `${site.baseUrl}${path}` : "";
  const alternates = [...feeds, ...siteFeedLinks(site, messages, data.urls)].map(
    (feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.href}">
`,
  );
  return html`<!doctype html>
<html lang="${edition.lang}" dir="${edition.direction}"${edition.digits && html` data-digits="${edition.digits}"`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
${
  (description ?? siteDescription.text) &&
  html`<meta name="description" content="${description ?? siteDescription.text}">
`
}${
    canonical &&
    html`<link rel="canonical" href="${canonical}">
`
  }${hreflangLinks(data, path)}${alternates}<link rel="stylesheet" href="${urls.stylesheet()}">
</head>
<body>
<a class="skip-link" href="#main">${messages.t("layout.skipLink")}</a>
${siteHeader(data, section, path)}
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer">
<div class="wrap footer-inner">
<p dir="auto"><a href="${data.urls.home()}"${marked(siteTitle.lang)}>${siteTitle.text}</a>${
    // A site.yml without a description leaves the title alone, not followed by a dash.
    siteDescription.text &&
    html` — ${
      siteDescription.lang === edition.lang
        ? siteDescription.text
        : html`<span lang="${siteDescription.lang}">${siteDescription.text}</span>`
    }`
  }</p>
<p class="footer-meta"><a href="${data.urls.corrections()}">${messages.t("nav.corrections")}</a> · ${messages.t("layout.footer")}</p>
</div>
</footer>
</body>
</html>
`;
}

// The old address of a renamed event or entity (`former_ids:`): a page that sends the reader on to the
// current one at once (meta refresh), names it as canonical for search engines, and links it for anyone
// whose browser does not follow the refresh. Hosts that read `/_redirects` answer with a 301 instead.
import type { PageData, TemplateData } from "../site/page-data.ts";
import type { Redirect } from "../site/redirects.ts";
import { html } from "../markup/html.ts";
import { outputPath } from "../site/urls.ts";

type Data = PageData & { redirect: Redirect };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.redirects", size: 1, alias: "redirect" },
  permalink: (d) => outputPath(d.redirect.from),
};

export function render({ dateline, redirect }: Data): string {
  const { messages, edition } = dateline;
  const canonical = `${dateline.site.baseUrl}${redirect.to}`;
  const marked = redirect.lang === edition.lang ? html`` : html` lang="${redirect.lang}"`;
  const refresh = `0; url=${redirect.to}`;
  const link = html`<a href="${redirect.to}" dir="auto"${marked}>${redirect.title}</a>`;
  return html`<!doctype html>
<html lang="${edition.lang}" dir="${edition.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${messages.t("redirect.title", { title: redirect.title })}</title>
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="${refresh}">
<link rel="stylesheet" href="${dateline.urls.stylesheet()}">
</head>
<body>
<main class="redirect">
<p>${messages.html("redirect.lede", { link })}</p>
</main>
</body>
</html>
`.toString();
}

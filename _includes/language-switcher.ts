// The same page in every edition: the visible switcher in the header, each language named in its own
// words (its catalog's `language.name`), and the hreflang links of the head. Every edition has the same
// paths under its prefix, so the page's path in another edition is a change of prefix.
import { html, type SafeHtml } from "../src/markup/html.ts";
import type { Edition } from "../src/model/types.ts";
import { messagesFor } from "../src/site/edition-messages.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** `path` (in data's edition) as the same page in `edition`. */
export function pathIn(data: SiteData, path: string, edition: Edition): string {
  const own = data.edition.prefix;
  const rest = own && path.startsWith(own) ? path.slice(own.length) : path;
  return `${edition.prefix}${rest}`;
}

/** Nothing on a single-language site. */
export function languageSwitcher(data: SiteData, path: string): SafeHtml {
  if (data.editions.length < 2) return html``;
  const items = data.editions.map((edition) => {
    const current = edition.lang === data.edition.lang && html` aria-current="page"`;
    const name = messagesFor(edition).t("language.name");
    return html`<li><a href="${pathIn(data, path, edition)}" hreflang="${edition.lang}" lang="${edition.lang}" dir="${edition.direction}"${current}>${name}</a></li>`;
  });
  return html`
<nav class="language-switcher" aria-label="${data.messages.t("language.switcher")}"><ul>${items}</ul></nav>`;
}

/** `<link rel="alternate" hreflang>` for each edition, itself included, and x-default for the default. */
export function hreflangLinks(data: SiteData, path: string): SafeHtml {
  if (data.editions.length < 2) return html``;
  const href = (edition: Edition) => `${data.site.baseUrl}${pathIn(data, path, edition)}`;
  const links = data.editions.map(
    (edition) => html`<link rel="alternate" hreflang="${edition.lang}" href="${href(edition)}">
`,
  );
  const main = data.editions[0]!;
  return html`${links}<link rel="alternate" hreflang="x-default" href="${href(main)}">
`;
}

// Atom 1.0 feeds (RFC 4287), serialised here. An event appears in many feeds (its places, every place
// enclosing them, its actors and figures) and reads the same in each, so its <entry> is written once
// per event and model and reused: at 16,000 events, general-purpose feed libraries (which rebuild an
// object tree and serialise every entry of every feed again) took a tenth of all rendering.
// Escaping is by construction: every text and attribute value goes through xmlEscape, which also drops
// the characters XML 1.0 cannot hold at all. Links stay root-relative when no base URL is set; readers
// resolve them against the feed's own address (RFC 4287 allows relative references).
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import type { SiteConfig } from "../model/types.ts";
import type { Messages } from "../site/messages.ts";
import { html } from "../markup/html.ts";
import { entryContent, otherLanguage } from "./content.ts";
import type { FeedEntry } from "./entries.ts";
import { describedFeed } from "./site-url.ts";

export interface FeedSpec {
  site: SiteConfig;
  /** The words of the feed's site (SiteData.messages): entry labels, the note on relative links. */
  messages: Messages;
  /** Feed title, e.g. the site's title or "Anbar · <site title>". */
  title: string;
  description: string;
  /** Root-relative path of the page the feed belongs to (`/`, `/places/anbar/`). */
  pagePath: string;
  /** Root-relative path of the feed itself. */
  feedPath: string;
  /** Newest first. */
  entries: readonly FeedEntry[];
}

// Not allowed in XML 1.0 documents at all, even escaped.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_SPECIAL = /[&<>"]/g;
const XML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function xmlText(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** Text or attribute value as XML: invalid characters dropped, markup characters escaped. */
export function xmlEscape(text: string): string {
  return xmlText(text).replace(XML_SPECIAL, (c) => XML_ENTITY[c]!);
}

/** Plain text in an element of type="html": escaped once as HTML, then once more as XML. */
const htmlInXml = (text: string) => xmlEscape(xmlEscape(text));

export function atomFeed(spec: FeedSpec): string {
  const { site } = spec;
  const url = (path: string) => (site.baseUrl ? `${site.baseUrl}${path}` : path);
  // The newest change among the entries (not the build time, so a rebuild changes nothing); an empty feed gets the epoch.
  const latest =
    spec.entries.reduce<Date | undefined>((max, e) => (!max || e.updated > max ? e.updated : max), undefined) ??
    new Date(0);
  const description = describedFeed(spec);
  const id = site.baseUrl ? url(spec.feedPath) : `urn:dateline:feed:${spec.feedPath}`;
  const head = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(site.language)}">`,
    `<id>${xmlEscape(id)}</id>`,
    `<title>${xmlEscape(spec.title)}</title>`,
    description ? `<subtitle>${xmlEscape(description)}</subtitle>` : "",
    `<updated>${latest.toISOString()}</updated>`,
    `<generator>Dateline</generator>`,
    `<author><name>${xmlEscape(site.title)}</name></author>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(url(spec.pagePath))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(url(spec.feedPath))}"/>`,
  ];
  const entries = spec.entries.map((entry) => entryXml(entry, site, spec.messages)).join("");
  return `${head.filter(Boolean).join("\n")}\n${entries}</feed>\n`;
}

// Per catalog, then per entry: an edition's feeds show its own words.
const written = new WeakMap<Messages, WeakMap<FeedEntry, string>>();

/** An entry's XML; FeedEntry objects are themselves made once per event and model (entries.ts). */
function entryXml(entry: FeedEntry, { baseUrl, language }: SiteConfig, messages: Messages): string {
  let cache = written.get(messages);
  if (!cache) written.set(messages, (cache = new WeakMap()));
  let xml = cache.get(entry);
  if (xml === undefined) {
    const categories = entry.tags.map((tag) => `<category term="${xmlEscape(tag)}" label="${xmlEscape(tag)}"/>\n`);
    for (const ref of [...entry.places, ...entry.actors, ...entry.figures]) {
      // A scheme is an absolute IRI: the section's URL, or a URN when no base URL is known.
      const section = ENTITY_KIND[ref.kind].urlSegment;
      const scheme = baseUrl ? `${baseUrl}/${section}/` : `urn:dateline:${section}`;
      categories.push(
        `<category term="${xmlEscape(ref.id)}" label="${xmlEscape(ref.name)}" scheme="${xmlEscape(scheme)}"/>\n`,
      );
    }
    // A title shown untranslated says its language (xml:lang); a summary shown untranslated is marked inside
    // its HTML, after the date, which is in the feed's language.
    const titleLang = otherLanguage(entry.titleLang, language);
    const summaryLang = entry.summary ? otherLanguage(entry.summaryLang, language) : undefined;
    const summary =
      summaryLang === undefined
        ? htmlInXml(`${entry.dateDisplay}. ${entry.summary}`.trim())
        : xmlEscape(html`${entry.dateDisplay}. <span lang="${summaryLang}">${entry.summary}</span>`.toString());
    xml =
      `<entry>\n<title type="html"${titleLang ? ` xml:lang="${xmlEscape(titleLang)}"` : ""}>` +
      `${htmlInXml(entry.title)}</title>\n<id>${xmlEscape(entry.id)}</id>\n` +
      `<link rel="alternate" type="text/html" href="${xmlEscape(entry.url)}"/>\n` +
      `<published>${entry.published.toISOString()}</published>\n<updated>${entry.updated.toISOString()}</updated>\n` +
      `<summary type="html">${summary}</summary>\n` +
      // The body is HTML built with the escaping html`` template; here it is escaped once more as XML text.
      `<content type="html">${xmlEscape(entryContent(entry, messages, language).toString())}</content>\n` +
      `${categories.join("")}</entry>\n`;
    cache.set(entry, xml);
  }
  return xml;
}

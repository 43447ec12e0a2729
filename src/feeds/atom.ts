// Atom 1.0 feeds, written by the `feed` library (its XML serialiser escapes element text and splits
// CDATA safely). Three things it leaves to the caller, handled here:
// - `title` and `summary` go out as type="html", so plain text is HTML-escaped first;
// - it passes every URL through `new URL()`, so root-relative links (no base URL) are given to it under
//   a placeholder origin that is then cut from the output, leaving `/events/x/`, which readers resolve
//   against the feed's own address (RFC 4287 allows relative references);
// - it does not escape `<` in attribute values, and XML forbids control characters anywhere.
import { Feed, type Category } from "feed";
import type { SiteConfig } from "../model/types.ts";
import { escapeHtml } from "../site/html.ts";
import { entryContent } from "./content.ts";
import type { FeedEntry } from "./entries.ts";
import { BASE_URL_NOTE } from "./site-url.ts";

export interface FeedSpec {
  site: SiteConfig;
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

/** Reserved for documentation (RFC 2606): never a real host, so it can be cut out safely. */
const PLACEHOLDER = "https://base-url-not-set.invalid";
// Not allowed in XML 1.0 documents at all, even escaped.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** For attribute values: the library escapes `&` and `"` there but not `<`, which XML forbids. */
function xmlAttribute(text: string): string {
  return xmlText(text).replace(/</g, "\uFF1C");
}

function htmlText(text: string): string {
  return escapeHtml(xmlText(text));
}

const SECTION = { place: "places", actor: "actors", figure: "figures" } as const;

/** Tags by name; places, actors and figures by id, with the section as scheme so kinds stay apart. */
function categories(entry: FeedEntry, baseUrl: string): Category[] {
  const list: Category[] = entry.tags.map((tag) => ({ term: xmlAttribute(tag), name: xmlAttribute(tag) }));
  for (const ref of [...entry.places, ...entry.actors, ...entry.figures]) {
    // A scheme is an absolute IRI: the section's URL, or a URN when no base URL is known.
    const scheme = baseUrl ? `${baseUrl}/${SECTION[ref.kind]}/` : `urn:dateline:${SECTION[ref.kind]}`;
    list.push({ term: ref.id, name: xmlAttribute(ref.name), scheme });
  }
  return list;
}

export function atomFeed(spec: FeedSpec): string {
  const { site } = spec;
  const base = site.baseUrl || PLACEHOLDER;
  const absolute = (path: string) => `${base}${path}`;
  // The newest change among the entries (not the build time, so a rebuild changes nothing); an empty feed gets the epoch.
  const latest = spec.entries.reduce<Date | undefined>((max, e) => (!max || e.updated > max ? e.updated : max), undefined) ?? new Date(0);
  const description = site.baseUrl ? spec.description : [spec.description, BASE_URL_NOTE].filter(Boolean).join(" ");
  const feed = new Feed({
    id: site.baseUrl ? absolute(spec.feedPath) : `urn:dateline:feed:${spec.feedPath}`,
    title: xmlText(spec.title),
    description: xmlText(description),
    link: absolute(spec.pagePath),
    feed: absolute(spec.feedPath),
    language: site.language,
    updated: latest,
    generator: "Dateline",
    author: { name: xmlText(site.title) },
  });
  for (const entry of spec.entries) {
    // Entry links and ids go through the library's URL check: give it the absolute form.
    const url = site.baseUrl ? entry.url : absolute(entry.url);
    feed.addItem({
      title: htmlText(entry.title),
      id: entry.id,
      link: url,
      date: entry.updated,
      published: entry.published,
      description: htmlText(`${entry.dateDisplay}. ${entry.summary}`.trim()),
      // The body is HTML text, never parsed as a URL: its links stay as they are (relative without a base).
      content: xmlText(entryContent(entry).toString()),
      category: categories(entry, site.baseUrl),
    });
  }
  const xml = feed.atom1();
  return site.baseUrl ? xml : xml.split(PLACEHOLDER).join("");
}

// Absolute URLs for feeds and exports from the site's base URL (`--base-url` or content/site.yml
// `baseUrl`). With no base URL the site still builds: links fall back to root-relative paths, which a
// reader resolves against the address it fetched the page, feed or file from.
import type { SiteConfig } from "../model/types.ts";

/** `https://example.org/events/x/` when the base URL is known, else the path itself (`/events/x/`). */
export function siteUrl(site: Pick<SiteConfig, "baseUrl">, path: string): string {
  if (!path.startsWith("/")) throw new Error(`siteUrl: ${JSON.stringify(path)} is not a root-relative path`);
  return site.baseUrl ? `${site.baseUrl}${path}` : path;
}

/** What feeds and data files say when they had to fall back to relative links. */
export const BASE_URL_NOTE =
  "Links are relative to this site because no base URL was set: add baseUrl to content/site.yml or build with --base-url.";

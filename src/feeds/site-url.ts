// Absolute URLs for feeds and exports from the site's base URL (`--base-url` or content/site.yml
// `baseUrl`). With no base URL the site still builds: links fall back to root-relative paths, which a
// reader resolves against the address it fetched the page, feed or file from.
import type { SiteConfig } from "../model/types.ts";
import type { Messages } from "../site/messages.ts";

/** `https://example.org/events/x/` when the base URL is known, else the path itself (`/events/x/`). */
export function siteUrl(site: Pick<SiteConfig, "baseUrl">, path: string): string {
  if (!path.startsWith("/")) throw new Error(`siteUrl: ${JSON.stringify(path)} is not a root-relative path`);
  return site.baseUrl ? `${site.baseUrl}${path}` : path;
}

/**
 * A feed's description, followed without a base URL by the catalog's note that its links are relative
 * (`feed.baseUrlNote`), so a reader who subscribed to a feed with broken links learns why.
 */
export function describedFeed(spec: {
  site: Pick<SiteConfig, "baseUrl">;
  description: string;
  messages: Messages;
}): string {
  if (spec.site.baseUrl) return spec.description;
  return [spec.description, spec.messages.t("feed.baseUrlNote")].filter(Boolean).join(" ");
}

// The editions a site publishes, for every part of the build that works edition by edition (pages,
// search, feeds): the site config's list, or, for a config without one, its language as the only edition.
import type { Edition, SiteConfig } from "../model/types.ts";
import { textDirection } from "./format.ts";

/** The site's editions, the default first; a config without editions (a model built by hand) has one. */
export function siteEditions(site: SiteConfig): readonly Edition[] {
  if (site.editions.length > 0) return site.editions;
  return [{ lang: site.language, locale: site.language, direction: textDirection(site.language), prefix: "" }];
}

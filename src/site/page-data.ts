// The data every template receives, and the shape of a template's `data` export.
import { SELECTION_KEY, type PageSelection, type SitePage } from "./page-selection.ts";
import type { SiteData } from "./site-data.ts";

/** Name under which the model reaches every template as Eleventy global data. */
export const SITE_DATA_KEY = "dateline";

/** Our site data under `dateline`, the pages this run renders, and what Eleventy adds about the page itself. */
export interface PageData {
  dateline: SiteData;
  selection: PageSelection;
  page: { url: string; outputPath: string | false };
}

export interface PaginationSpec {
  /** Dotted path into the data, starting at `selection.`: what this run renders (src/site/page-selection.ts). */
  data: string;
  size: number;
  alias: string;
}

/** A template's `data` export. Permalinks are functions, so paths are computed (and checked) in code. */
export interface TemplateData<D> {
  pagination?: PaginationSpec;
  /** `false`: not written in this run (a root-only file while another edition renders). */
  permalink: (data: D) => string | false;
}

/** The data export of a page that exists once per site, rendered when the run's selection includes it. */
export function sitePage<D>(page: SitePage, permalink: (data: D) => string | false): TemplateData<D> {
  return { pagination: { data: `${SELECTION_KEY}.site.${page}`, size: 1, alias: "sitePage" }, permalink };
}

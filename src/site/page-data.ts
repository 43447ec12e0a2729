// The data every template receives, and the shape of a template's `data` export.
import type { SiteData } from "./site-data.ts";

/** Name under which the model reaches every template as Eleventy global data. */
export const SITE_DATA_KEY = "dateline";

/** Our site data under `dateline`, plus what Eleventy adds about the page itself. */
export interface PageData {
  dateline: SiteData;
  page: { url: string; outputPath: string | false };
}

export interface PaginationSpec {
  /** Dotted path into the data, starting at `dateline.`; must name an array. */
  data: string;
  size: number;
  alias: string;
}

/** A template's `data` export. Permalinks are functions, so paths are computed (and checked) in code. */
export interface TemplateData<D> {
  pagination?: PaginationSpec;
  permalink: (data: D) => string;
}

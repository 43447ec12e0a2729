// /_redirects — every old address of a renamed event or entity, in every edition, with its current one:
// `from to 301` per line, the format Netlify and Cloudflare Pages read to answer with a real redirect.
// Written only when there is one (a site without renames has no such file).
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { redirectsFile } from "../site/redirects.ts";

export const data: TemplateData<PageData> = sitePage("redirectsFile", (d) =>
  d.dateline.redirects.length > 0 ? "/_redirects" : false,
);

export function render({ dateline }: PageData): string {
  return redirectsFile(dateline.redirects, dateline.editions);
}

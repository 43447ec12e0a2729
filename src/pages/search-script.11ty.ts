// /assets/search.js — the search page's script (it is ours, not content), bundled from src/search/browser/.
import { searchScript } from "../search/bundle-script.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

// One script at the root serves every edition's search page.
export const data: TemplateData<PageData> = sitePage("search", (d: PageData) =>
  d.dateline.edition.prefix === "" ? urls.searchScript() : false,
);

export function render(): Promise<string> {
  return searchScript();
}

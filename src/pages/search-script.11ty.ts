// /assets/search.js — the search page's script (it is ours, not content), bundled from src/search/browser/.
import { searchScript } from "../search/bundle-script.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

// One script at the root serves every edition's search page. An asset: it is Dateline's code, the same
// whatever the content, so a build from the cache or the dev server after an edit does not bundle it again.
export const data: TemplateData<PageData> = sitePage("assets", () => urls.searchScript());

export function render(): Promise<string> {
  return searchScript();
}

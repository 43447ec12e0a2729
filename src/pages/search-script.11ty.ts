// /assets/search.js — the search page's script (it is ours, not content), bundled from src/search/browser/.
import { searchScript } from "../search/bundle-script.ts";
import { sitePage, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

export const data: TemplateData<unknown> = sitePage("search", () => urls.searchScript());

export function render(): Promise<string> {
  return searchScript();
}

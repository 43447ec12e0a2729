// /assets/search.js — the search page's script, emitted as-is (it is ours, not content).
import { readFileSync } from "node:fs";
import { sitePage, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

const script = readFileSync(new URL("../search/browser/search.js", import.meta.url), "utf8");

export const data: TemplateData<unknown> = sitePage("search", () => urls.searchScript());

export function render(): string {
  return script;
}

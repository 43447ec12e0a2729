// /assets/style.css — the one stylesheet (it is ours, not content). Kept in a few source files by
// concern and joined in this order: web fonts first, base and components, then pictures, print last so
// its overrides win. Comments and indentation are for the sources: every page fetches this file and
// counts it against its budget, so they are dropped (no part puts "/*" inside a string).
import { readFileSync } from "node:fs";
import { sitePage, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

const PARTS = ["fonts.css", "style.css", "chart.css", "map.css", "print.css"];

const css = PARTS.map((part) => readFileSync(new URL(`../site/assets/${part}`, import.meta.url), "utf8"))
  .join("\n")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\n\s+/g, "\n");

export const data: TemplateData<unknown> = sitePage("assets", () => urls.stylesheet());

export function render(): string {
  return css;
}

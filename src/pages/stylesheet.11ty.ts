// /assets/style.css — the one stylesheet (it is ours, not content). Kept in a few source files by
// concern and joined in this order: web fonts first, base and components, then pictures, print last so
// its overrides win. Every page fetches it and counts it against its budget, so it is minified with
// Lightning CSS (a real CSS parser: comments, white space and redundant syntax go, nothing else).
import { readFileSync } from "node:fs";
import { transform } from "lightningcss";
import { sitePage, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

const PARTS = ["fonts.css", "style.css", "chart.css", "map.css", "print.css"];

const source = PARTS.map((part) => readFileSync(new URL(`../site/assets/${part}`, import.meta.url), "utf8")).join("\n");

export const data: TemplateData<unknown> = sitePage("assets", () => urls.stylesheet());

export function render(): string {
  // Parsed when rendered, not when imported, so a CSS error fails the build with its line, not an import.
  return transform({ filename: "style.css", code: Buffer.from(source), minify: true }).code.toString();
}

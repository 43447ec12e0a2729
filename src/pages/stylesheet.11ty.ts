// /assets/style.css — the one stylesheet, emitted as-is (it is ours, not content). Kept in a few
// source files by concern and joined in this order: base and components, then pictures, print last
// so its overrides win.
import { readFileSync } from "node:fs";
import type { TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

const PARTS = ["style.css", "chart.css", "map.css", "print.css"];

const css = PARTS.map((part) => readFileSync(new URL(`../site/assets/${part}`, import.meta.url), "utf8")).join("\n");

export const data: TemplateData<unknown> = {
  permalink: () => urls.stylesheet(),
};

export function render(): string {
  return css;
}

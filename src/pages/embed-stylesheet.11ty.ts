// /assets/embed.css — the embed pages' own small stylesheet (src/site/assets/embed.css), minified like the
// site's: an embed loads inside someone else's article, so it carries no web fonts and nothing else.
import { readFileSync } from "node:fs";
import { transform } from "lightningcss";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

const source = readFileSync(new URL("../site/assets/embed.css", import.meta.url), "utf8");

export const data: TemplateData<PageData> = sitePage("assets", () => urls.embedStylesheet());

export function render(): string {
  return transform({ filename: "embed.css", code: Buffer.from(source), minify: true }).code.toString();
}

// /assets/embed-page.js — every embed page's own script: its address's options, its height for the host
// page (src/embed/browser/page.ts).
import { embedScript } from "../embed/bundle-scripts.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

export const data: TemplateData<PageData> = sitePage("assets", () => urls.embedPageScript());

export function render(): Promise<string> {
  return embedScript("page");
}

// /assets/embed.js — the sizing script a host page loads beside an embed's iframe (src/embed/browser/host.ts).
import { embedScript } from "../embed/bundle-scripts.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

export const data: TemplateData<PageData> = sitePage("assets", () => urls.embedScript());

export function render(): Promise<string> {
  return embedScript("host");
}

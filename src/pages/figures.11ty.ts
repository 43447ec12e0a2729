// /figures/ — every figure, A–Z, with its event count.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { outputPath, urls } from "../site/urls.ts";
import { entityIndex } from "../../_includes/entity-index.ts";

export const data: TemplateData<PageData> = sitePage("indexes", () => outputPath(urls.entityIndex("figure")));

export function render({ dateline }: PageData): string {
  return entityIndex(dateline, "figure").toString();
}

// /actors/ — every actor, A–Z, with its event count.
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { outputPath, urls } from "../site/urls.ts";
import { entityIndex } from "../../_includes/entity-index.ts";

export const data: TemplateData<PageData> = sitePage("indexes", () => outputPath(urls.entityIndex("actor")));

export function render({ dateline }: PageData): string {
  return entityIndex(dateline, "actor").toString();
}

// /data/events.schema.json — the JSON Schema of /data/events.json.
import { eventsSchemaJson } from "../export/schema.ts";
import { dataPaths } from "../export/paths.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("exports", () => dataPaths.schema());

export function render({ dateline }: PageData): string {
  return eventsSchemaJson(dateline.site);
}

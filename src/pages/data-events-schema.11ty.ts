// /data/events.schema.json — the JSON Schema of /data/events.json.
import { eventsSchemaJson } from "../export/schema.ts";
import { dataPaths } from "../export/paths.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = {
  permalink: () => dataPaths.schema(),
};

export function render({ dateline }: PageData): string {
  return eventsSchemaJson(dateline.site);
}

// /data/events.json — every published event as open data (schema: /data/events.schema.json).
import { eventsJson } from "../export/json.ts";
import { dataPaths } from "../export/paths.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("exports", () => dataPaths.json());

export function render({ dateline }: PageData): string {
  return eventsJson(dateline.model, dateline.timeline.events);
}

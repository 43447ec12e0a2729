// /data/events.csv — one row per published event, ACLED/UCDP-style columns.
import { eventsCsv } from "../export/csv.ts";
import { dataPaths } from "../export/paths.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("exports", () => dataPaths.csv());

export function render({ dateline }: PageData): string {
  return eventsCsv(dateline.model, dateline.timeline.events);
}

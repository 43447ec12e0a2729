// /data/events.geojson — a Point per event and place with coordinates.
import { eventsGeoJson } from "../export/geojson.ts";
import { dataPaths } from "../export/paths.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("exports", () => dataPaths.geojson());

export function render({ dateline }: PageData): string {
  return eventsGeoJson(dateline.model, dateline.timeline.events);
}

// /data/events.geojson — a Point per event and place with coordinates.
import { eventsGeoJson } from "../export/geojson.ts";
import { dataPaths } from "../export/paths.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = {
  permalink: () => dataPaths.geojson(),
};

export function render({ dateline }: PageData): string {
  return eventsGeoJson(dateline.model, dateline.timeline.events);
}

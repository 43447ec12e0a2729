// /data/timelinejs.json — the events in TimelineJS3's JSON format.
import { timelineJson } from "../export/timelinejs.ts";
import { dataPaths } from "../export/paths.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = sitePage("exports", () => dataPaths.timelinejs());

export function render({ dateline }: PageData): string {
  return timelineJson(dateline.model, dateline.timeline.events);
}

// /data/timelinejs.json — the events in TimelineJS3's JSON format.
import { timelineJson } from "../export/timelinejs.ts";
import { dataPaths } from "../export/paths.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

export const data: TemplateData<PageData> = {
  permalink: () => dataPaths.timelinejs(),
};

export function render({ dateline }: PageData): string {
  return timelineJson(dateline.model, dateline.timeline.events);
}

// Writes the open-data exports under /data/: every published event as JSON (with its JSON Schema), CSV,
// GeoJSON and TimelineJS, and the withdrawn events as JSON and CSV. They are written here, a piece at a time, rather than rendered by Eleventy,
// which holds every page of a run in memory until the run ends: four whole-archive strings at once.
import fs from "node:fs/promises";
import path from "node:path";
import type { Timeline } from "../model/timeline.ts";
import type { Model } from "../model/types.ts";
import { eventsCsvChunks } from "./csv.ts";
import { eventsGeoJsonChunks } from "./geojson.ts";
import { eventsJsonChunks } from "./json.ts";
import { carriesLanguages } from "./languages.ts";
import { dataPaths } from "./paths.ts";
import { eventsSchemaJson } from "./schema.ts";
import { timelineJsonChunks } from "./timelinejs.ts";
import { withdrawnCsv, withdrawnJson } from "./withdrawn.ts";

/** Pieces are gathered up to about this many characters before each write. */
const WRITE_SIZE = 1 << 20;

/** Writes every export of the timeline's events into outputDir, replacing what is there. */
export async function writeExports(
  model: Model,
  timeline: Pick<Timeline, "events" | "withdrawn">,
  outputDir: string,
): Promise<void> {
  const { events, withdrawn } = timeline;
  const files: [string, Iterable<string>][] = [
    [dataPaths.json(), eventsJsonChunks(model, events)],
    [dataPaths.schema(), [eventsSchemaJson(model.site, carriesLanguages(model))]],
    [dataPaths.csv(), eventsCsvChunks(model, events)],
    [dataPaths.geojson(), eventsGeoJsonChunks(model, events)],
    [dataPaths.timelinejs(), timelineJsonChunks(model, events)],
    [dataPaths.withdrawnJson(), [withdrawnJson(withdrawn)]],
    [dataPaths.withdrawnCsv(), [withdrawnCsv(withdrawn)]],
  ];
  for (const [url, chunks] of files) await writeChunks(path.join(outputDir, url), chunks);
}

async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, "w");
  try {
    let pending = "";
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_SIZE) {
        await handle.write(pending);
        pending = "";
      }
    }
    await handle.write(pending);
  } finally {
    await handle.close();
  }
}

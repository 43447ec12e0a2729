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

/** Bytes written at a time. */
const WRITE_SIZE = 3 << 20;

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

/**
 * Each piece is encoded into one buffer as it comes and the buffer written when full: gathering the pieces
 * as a string first kept a megabyte of them alive through every young-generation collection, and the
 * exports of a UCDP rebuild, whose heap holds two models, took 1.3-1.4 s against 1.0-1.1 s this way.
 */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, "w");
  try {
    const buffer = Buffer.allocUnsafe(WRITE_SIZE);
    let used = 0;
    for (const chunk of chunks) {
      // A UTF-16 code unit takes at most three bytes in UTF-8.
      if (used + chunk.length * 3 > buffer.length) {
        await writeAll(handle, buffer, used);
        used = 0;
      }
      if (chunk.length * 3 > buffer.length) {
        const bytes = Buffer.from(chunk);
        await writeAll(handle, bytes, bytes.length);
      } else {
        used += buffer.write(chunk, used);
      }
    }
    await writeAll(handle, buffer, used);
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: fs.FileHandle, bytes: Buffer, length: number): Promise<void> {
  for (let at = 0; at < length;) at += (await handle.write(bytes, at, length - at)).bytesWritten;
}

// Writes the open-data exports under /data/: every published event as JSON (with its JSON Schema), CSV,
// GeoJSON and TimelineJS, and the withdrawn events as JSON and CSV. They are written here, a piece at a
// time, rather than rendered by Eleventy, which holds every page of a run in memory until the run ends:
// four whole-archive strings at once. A build with its cache copies each unchanged event's block from the
// file the last build wrote (their places are in an ExportLayout) and makes only the changed ones: making
// all four of UCDP's took about 1 s of every rebuild.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Timeline } from "../model/timeline.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { eventsCsvDocument } from "./csv.ts";
import type { ExportDocument } from "./document.ts";
import { eventsGeoJsonDocument } from "./geojson.ts";
import { eventsJsonDocument } from "./json.ts";
import { carriesLanguages } from "./languages.ts";
import { dataPaths } from "./paths.ts";
import { eventsSchemaJson } from "./schema.ts";
import { timelineJsonDocument } from "./timelinejs.ts";
import { withdrawnCsv, withdrawnJson } from "./withdrawn.ts";

/** Bytes written at a time. */
const WRITE_SIZE = 3 << 20;

/**
 * Where each event's block lies in the exports as written, for the next build to copy: the events in the
 * order written, and for each file its frame (what every block goes with) and each block's byte offset
 * and length, in the same order.
 */
export interface ExportLayout {
  ids: string[];
  files: Record<string, { frame: string; offsets: number[]; lengths: number[] }>;
}

/** What the last build wrote, for this one to copy from. */
export interface PreviousExports {
  /** The folder holding the last build's exports (`data/…` under it), as `layout` describes them. */
  dir: string;
  layout: ExportLayout;
  /** Whether nothing an event's blocks show changed since (src/model/unchanged-events.ts). */
  unchanged: (event: TimelineEvent) => boolean;
}

/**
 * Writes every export of the timeline's events into outputDir, replacing what is there, copying unchanged
 * events' blocks from `previous` when given. Returns where each event's blocks lie, for the next build.
 */
export async function writeExports(
  model: Model,
  timeline: Pick<Timeline, "events" | "withdrawn">,
  outputDir: string,
  previous?: PreviousExports,
): Promise<ExportLayout> {
  const { events, withdrawn } = timeline;
  const documents: [string, ExportDocument<TimelineEvent>][] = [
    [dataPaths.json(), eventsJsonDocument(model, events)],
    [dataPaths.csv(), eventsCsvDocument(model, events)],
    [dataPaths.geojson(), eventsGeoJsonDocument(model)],
    [dataPaths.timelinejs(), timelineJsonDocument(model)],
  ];
  const layout: ExportLayout = { ids: events.map((event) => event.id), files: {} };
  for (const [url, document] of documents) {
    const copyFrom = previous && (await previousBlocks(previous, url, document));
    layout.files[url] = await writeDocument(path.join(outputDir, url), document, events, copyFrom);
  }
  const whole: [string, string][] = [
    [dataPaths.schema(), eventsSchemaJson(model.site, carriesLanguages(model))],
    [dataPaths.withdrawnJson(), withdrawnJson(withdrawn)],
    [dataPaths.withdrawnCsv(), withdrawnCsv(withdrawn)],
  ];
  for (const [url, text] of whole) {
    await fs.mkdir(path.dirname(path.join(outputDir, url)), { recursive: true });
    await fs.writeFile(path.join(outputDir, url), text);
  }
  return layout;
}

/** What a document's blocks go with: blocks are copied only between documents of the same. */
const frameOf = (document: ExportDocument<TimelineEvent>) => JSON.stringify([document.frame, document.separator]);

interface BlockSource {
  bytes: Buffer;
  /** Event id → [offset, length] in `bytes`. */
  blocks: Map<string, [number, number]>;
  unchanged: (event: TimelineEvent) => boolean;
}

/** The last build's file and its blocks of unchanged events; undefined when none can be copied. */
async function previousBlocks(
  previous: PreviousExports,
  url: string,
  document: ExportDocument<TimelineEvent>,
): Promise<BlockSource | undefined> {
  const file = previous.layout.files[url];
  if (!file || file.frame !== frameOf(document) || file.offsets.length !== previous.layout.ids.length) return undefined;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(previous.dir, url));
  } catch {
    return undefined;
  }
  const blocks = new Map<string, [number, number]>();
  previous.layout.ids.forEach((id, i) => {
    const [offset, length] = [file.offsets[i]!, file.lengths[i]!];
    if (offset + length <= bytes.length) blocks.set(id, [offset, length]);
  });
  return { bytes, blocks, unchanged: previous.unchanged };
}

/**
 * Writes the document: each event's block copied from `copyFrom` when its event is unchanged, else made.
 * The pieces are encoded into one buffer as they come and the buffer written when full: gathering them as a
 * string first kept a megabyte of them alive through every young-generation collection (a UCDP rebuild's
 * exports, with two models in the heap: 1.3-1.4 s that way, 1.0-1.1 s this way, before blocks were copied).
 */
async function writeDocument(
  file: string,
  document: ExportDocument<TimelineEvent>,
  events: readonly TimelineEvent[],
  copyFrom: BlockSource | undefined,
): Promise<ExportLayout["files"][string]> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, "w");
  const offsets: number[] = [];
  const lengths: number[] = [];
  try {
    const buffer = Buffer.allocUnsafe(WRITE_SIZE);
    let used = 0;
    /** Bytes of the file before the buffer's. */
    let flushed = 0;
    const put = async (piece: string | Buffer) => {
      const bound = typeof piece === "string" ? piece.length * 3 : piece.length; // UTF-16 to UTF-8: 3 bytes a unit at most
      if (used + bound > buffer.length) {
        await writeAll(handle, buffer, used);
        flushed += used;
        used = 0;
      }
      if (bound > buffer.length) {
        const bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
        await writeAll(handle, bytes, bytes.length);
        flushed += bytes.length;
      } else if (typeof piece === "string") used += buffer.write(piece, used);
      else used += piece.copy(buffer, used);
    };
    await put(document.head);
    let empty = true;
    for (const event of events) {
      const copied = copyFrom?.unchanged(event) ? copyFrom.blocks.get(event.id) : undefined;
      const block = copied ? copyFrom!.bytes.subarray(copied[0], copied[0] + copied[1]) : document.block(event);
      if (block.length > 0 && !empty) await put(document.separator);
      offsets.push(flushed + used);
      await put(block);
      lengths.push(flushed + used - offsets.at(-1)!);
      if (block.length > 0) empty = false;
    }
    await put(document.tail(empty));
    await writeAll(handle, buffer, used);
  } finally {
    await handle.close();
  }
  return { frame: frameOf(document), offsets, lengths };
}

async function writeAll(handle: fs.FileHandle, bytes: Buffer, length: number): Promise<void> {
  for (let at = 0; at < length;) at += (await handle.write(bytes, at, length - at)).bytesWritten;
}

// The model a cached site was rendered from, kept in shards of its events. Whole, a UCDP model is 47 MB
// of V8 serialization, and writing it after every build took about 0.45 s (serialize, write, digest) of a
// 6 s rebuild; an edit changes an event or two. Each event goes to a shard by its file's path, so an event
// edited, added or removed changes its own shard alone, and a shard whose events all read as in the model
// the build started from is kept as it was, neither serialized nor written.
import type { Model, TimelineEvent } from "../model/types.ts";
import { sameValue } from "../model/same-value.ts";

/** Event shards: a 64th of UCDP's events is about 0.7 MB. */
export const EVENT_SHARDS = 64;

export const eventShardName = (n: number) => `events-${String(n).padStart(2, "0")}.v8`;

/** The model without its events, and where each event is: its shard, by its place in `model.events`. */
export interface StoredModel {
  rest: Omit<Model, "events">;
  order: Uint8Array;
}

/** How the store reads and writes a data file of the cache (src/cache/build-cache.ts checks digests). */
export interface DataFiles {
  read(name: string): unknown;
  /** Writes the value and returns its file's digest. */
  write(name: string, value: unknown): string;
  /** The digest of a file written before, kept when its shard is. */
  digestOf(name: string): string | undefined;
}

/**
 * Writes `model`'s event shards, all but those that hold the very events `before` held (same events, same
 * order, each the same value), and returns the model's other parts with the order of its events, and
 * every shard's digest by file name. `unchanged` tells of events already found to read as in `before`
 * (src/model/unchanged-events.ts: the build compared the two models once); any other is compared here.
 */
export function writeModel(
  model: Model,
  before: Model | undefined,
  files: Pick<DataFiles, "write" | "digestOf">,
  unchanged?: (event: TimelineEvent) => boolean,
): { stored: StoredModel; digests: Record<string, string> } {
  const same = (event: TimelineEvent, was: TimelineEvent | undefined) =>
    was !== undefined && event.id === was.id && (unchanged?.(event) === true || sameValue(event, was));
  const { events, ...rest } = model;
  const order = new Uint8Array(events.length);
  const shards = splitEvents(events, order);
  const previous = before ? splitEvents(before.events) : undefined;
  const digests: Record<string, string> = {};
  shards.forEach((shard, n) => {
    const name = eventShardName(n);
    const was = previous?.[n];
    const kept = files.digestOf(name);
    digests[name] =
      kept !== undefined && was?.length === shard.length && shard.every((event, i) => same(event, was[i]))
        ? kept
        : files.write(name, shard);
  });
  return { stored: { rest, order }, digests };
}

/** The model as written: its events back in their order from the shards. */
export function readModel(stored: StoredModel, files: Pick<DataFiles, "read">): Model {
  const shards = Array.from({ length: EVENT_SHARDS }, (_, n) => files.read(eventShardName(n)));
  if (!shards.every(Array.isArray)) throw new Error("not a model");
  const next = new Array<number>(EVENT_SHARDS).fill(0);
  const events = Array.from(stored.order, (n) => (shards[n] as TimelineEvent[])[next[n]!++]!);
  if (events.some((event) => event === undefined) || next.some((taken, n) => taken !== (shards[n] as unknown[]).length))
    throw new Error("the model's shards do not match its order");
  return { ...stored.rest, events };
}

/** The events of each shard, in the model's order; `order` is told each event's shard. */
function splitEvents(events: readonly TimelineEvent[], order?: Uint8Array): TimelineEvent[][] {
  const shards = Array.from({ length: EVENT_SHARDS }, (): TimelineEvent[] => []);
  events.forEach((event, i) => {
    const n = shardOf(event.file);
    shards[n]!.push(event);
    if (order) order[i] = n;
  });
  return shards;
}

/** FNV-1a of the file's path: the same path, the same shard, in every build. */
function shardOf(file: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % EVENT_SHARDS;
}

// The build cache keeps the model in shards of its events (src/cache/model-store.ts): read back, the model
// must be the one written, in its order, and a build must rewrite only the shards its edit reached.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import v8 from "node:v8";
import { EVENT_SHARDS, readModel, writeModel, type DataFiles, type StoredModel } from "../src/cache/model-store.ts";
import type { Model, TimelineEvent } from "../src/model/types.ts";
import { calendarDate, makeEntity, makeEvent, makeModel } from "./model-builders.ts";

/** Data files in memory, as the cache keeps them: serialized, with a digest each. */
function memoryFiles() {
  const bytes = new Map<string, Buffer>();
  const digests = new Map<string, string>();
  const written: string[] = [];
  let version = 0;
  const files: DataFiles = {
    read: (name): unknown => v8.deserialize(bytes.get(name)!),
    write: (name, value) => {
      bytes.set(name, v8.serialize(value));
      written.push(name);
      const digest = `${name}@${version++}`;
      digests.set(name, digest);
      return digest;
    },
    digestOf: (name) => digests.get(name),
  };
  return { files, written };
}

const archive = (count: number, retitle?: number): Model =>
  makeModel(
    Array.from({ length: count }, (_, i) =>
      makeEvent({
        id: `clash-${i}`,
        title: i === retitle ? "Crossing reopens at al-Qaim" : `Clashes near Husaybah, day ${i}`,
        date: calendarDate(`2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`),
        places: ["husaybah"],
      }),
    ),
    { places: [makeEntity("place", "husaybah", "Husaybah")] },
  );

/** Written, then read back through v8 as the next build reads it. */
function roundTrip(
  model: Model,
  before: Model | undefined,
  memory = memoryFiles(),
  unchanged?: (event: TimelineEvent) => boolean,
) {
  const { stored } = writeModel(model, before, memory.files, unchanged);
  return { read: readModel(v8.deserialize(v8.serialize(stored)) as StoredModel, memory.files), memory };
}

describe("the cached model in shards", () => {
  test("read back, it is the model written, events in their order", () => {
    const model = archive(500);
    const { read, memory } = roundTrip(model, undefined);
    assert.deepEqual(read, model);
    assert.equal(memory.written.length, EVENT_SHARDS);
  });

  test("one title edited: one shard written again, and the model read back is the edited one", () => {
    const { memory } = roundTrip(archive(500), undefined);
    const before = archive(500);
    memory.written.length = 0;
    const edited = archive(500, 250);
    const { read } = roundTrip(edited, before, memory);
    assert.equal(memory.written.length, 1);
    assert.deepEqual(read, edited);
  });

  test("an event added in the middle of the order: its shard alone is written, the order follows", () => {
    const { memory } = roundTrip(archive(500), undefined);
    memory.written.length = 0;
    const grown = makeModel([
      ...archive(500).events,
      makeEvent({ id: "added", title: "Added", date: calendarDate("2025-06-15"), places: ["husaybah"] }),
    ]);
    grown.places = archive(1).places;
    const { read } = roundTrip(grown, archive(500), memory);
    assert.equal(memory.written.length, 1);
    assert.deepEqual(
      read.events.map((event) => event.id),
      grown.events.map((event) => event.id),
    );
  });

  test("without the model the build started from, every shard is written", () => {
    const { memory } = roundTrip(archive(100), undefined);
    memory.written.length = 0;
    roundTrip(archive(100), undefined, memory);
    assert.equal(memory.written.length, EVENT_SHARDS);
  });

  test("events the build found unchanged are taken at its word; the others are compared", () => {
    const { memory } = roundTrip(archive(500), undefined);
    memory.written.length = 0;
    // Found unchanged by the build (here wrongly, to show the answer is used): its shard is kept.
    roundTrip(archive(500, 250), archive(500), memory, () => true);
    assert.equal(memory.written.length, 0);
    // Not found unchanged, every event is compared: the edited one's shard alone is written.
    roundTrip(archive(500, 250), archive(500), memory, () => false);
    assert.equal(memory.written.length, 1);
  });
});

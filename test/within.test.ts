// The one walk up `within` (src/model/within.ts): the entity, then what encloses it, outwards; each entity
// at most once, so a cycle the loader did not break still ends.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity } from "../src/model/types.ts";
import { selfAndAncestors } from "../src/model/within.ts";
import { makeEntity } from "./model-builders.ts";

const byId = (...entities: Entity[]) => new Map(entities.map((e) => [e.id, e]));
const ids = (entities: Iterable<Entity>) => [...entities].map((e) => e.id);

test("yields the entity, then each enclosing one, innermost to outermost", () => {
  const places = byId(
    makeEntity("place", "al-qaim", "al-Qaim", { within: "anbar" }),
    makeEntity("place", "anbar", "Anbar", { within: "iraq" }),
    makeEntity("place", "iraq", "Iraq"),
  );
  assert.deepEqual(ids(selfAndAncestors(places.get("al-qaim")!, places)), ["al-qaim", "anbar", "iraq"]);
  assert.deepEqual(ids(selfAndAncestors(places.get("iraq")!, places)), ["iraq"]);
});

test("stops at an enclosing id nobody defines", () => {
  const places = byId(makeEntity("place", "hit", "Hit", { within: "nowhere" }));
  assert.deepEqual(ids(selfAndAncestors(places.get("hit")!, places)), ["hit"]);
});

test("never loops on a cycle, whichever entity it starts from", () => {
  const places = byId(
    makeEntity("place", "a", "A", { within: "b" }),
    makeEntity("place", "b", "B", { within: "c" }),
    makeEntity("place", "c", "C", { within: "a" }),
    makeEntity("place", "self", "Self", { within: "self" }),
  );
  assert.deepEqual(ids(selfAndAncestors(places.get("a")!, places)), ["a", "b", "c"]);
  assert.deepEqual(ids(selfAndAncestors(places.get("c")!, places)), ["c", "a", "b"]);
  assert.deepEqual(ids(selfAndAncestors(places.get("self")!, places)), ["self"]);
});

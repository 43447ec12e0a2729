// "Did you mean": the suggestion behind key-unknown and entity-implicit messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { closest, similarity } from "../src/similar.ts";

const EVENT_KEYS = ["title", "date", "end", "circa", "location", "actors", "figures", "counts", "tags", "summary", "sources", "id", "draft", "updated"];

test("similarity is 1 for equal words, 0 for nothing in common, in between otherwise", () => {
  assert.equal(similarity("location", "location"), 1);
  assert.equal(similarity("", ""), 1);
  assert.equal(similarity("abc", "xyz"), 0);
  assert.equal(similarity("titel", "title"), 1 - 2 / 5);
  assert.equal(similarity("title", "titel"), similarity("titel", "title"));
});

test("typos of front-matter keys find the key meant", () => {
  assert.equal(closest("loaction", EVENT_KEYS), "location");
  assert.equal(closest("titel", EVENT_KEYS), "title");
  assert.equal(closest("actor", EVENT_KEYS), "actors");
  assert.equal(closest("source", EVENT_KEYS), "sources");
  assert.equal(closest("summmary", EVENT_KEYS), "summary");
  assert.equal(closest("dat", EVENT_KEYS), "date");
});

test("a word unlike every candidate gets no suggestion", () => {
  assert.equal(closest("photographer", EVENT_KEYS), undefined);
  assert.equal(closest("casualties", EVENT_KEYS), undefined);
  assert.equal(closest("anything", []), undefined);
});

test("a short word within two edits is suggested even below the threshold", () => {
  // "ed" vs "end": similarity 2/3 would pass 0.6 anyway; "xd" vs "id" is 0.5 but one edit.
  assert.equal(closest("xd", ["id"]), "id");
  assert.equal(closest("xd", ["id"], 0.9), "id");
  // Three edits and under the threshold: no.
  assert.equal(closest("xyz", ["id"], 0.9), undefined);
});

test("the threshold decides for longer words", () => {
  const names = ["iraqi border guards", "syrian arab army"];
  assert.equal(closest("iraqi border guard", names, 0.75), "iraqi border guards");
  assert.equal(closest("iraqi army", names, 0.75), undefined);
});

test("the closest candidate wins, the first one on a tie", () => {
  assert.equal(closest("dates", ["date", "tags"]), "date");
  assert.equal(closest("ab", ["ac", "ad"]), "ac");
});

// "Did you mean": the suggestion behind key-unknown and entity-implicit messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { closest, similarity, NameIndex } from "../src/similar.ts";

const EVENT_KEYS = [
  "title",
  "date",
  "end",
  "circa",
  "location",
  "actors",
  "figures",
  "counts",
  "tags",
  "summary",
  "sources",
  "id",
  "draft",
  "updated",
];

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

test("NameIndex finds what closest() finds among thousands of names, for typos and for nothing close", () => {
  const stems = ["ayn", "tall", "kafr", "jabal", "wadi", "khirbat", "tal", "deir", "abu", "umm"];
  const names: string[] = [];
  for (let i = 0; i < 3000; i++)
    names.push(
      `${stems[i % stems.length]} ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}${i} village`,
    );
  const index = new NameIndex(names);
  const words = [
    names[1234]!.replace("village", "vilage"),
    names[17]!.replace(" ", "-"),
    names[2999]!.slice(1),
    "entirely different words",
  ];
  // As close as the exhaustive search (names equally close may be either).
  const score = (word: string, found: string | undefined) =>
    found === undefined ? undefined : similarity(word, found);
  for (const word of words)
    assert.equal(score(word, index.closest(word, 0.75)), score(word, closest(word, names, 0.75)), word);
  assert.equal(index.closest(words[3]!, 0.75), undefined);
  const own = names[5]!;
  assert.equal(
    score(
      own,
      index.closest(own, 0.75, (n) => n === own),
    ),
    score(
      own,
      closest(
        own,
        names.filter((n) => n !== own),
        0.75,
      ),
    ),
  );
  assert.notEqual(
    index.closest(own, 0.75, (n) => n === own),
    own,
  );
});

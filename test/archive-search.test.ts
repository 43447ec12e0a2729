// The search page's way through an index in parts (src/search/browser/archive-search.ts), over stand-in
// Pagefind indexes: which parts a search opens and in what order, how their results join, and the counts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ArchiveIndex, STEPS_UNASKED } from "../src/search/browser/archive-search.ts";
import type { PagefindIndex, PagefindSearchOptions } from "../src/search/browser/pagefind-api.ts";
import type { PagePart } from "../src/search/parts.ts";

/** A stand-in event: its part's index finds it when the term is one of its words. */
interface Doc {
  id: string;
  words: string[];
  place: string;
}

/** Three parts, oldest first; each part's events oldest first, as the timeline orders them. */
const PARTS: Doc[][] = [
  [
    { id: "a1", words: ["crossing", "closed"], place: "Anbar" },
    { id: "a2", words: ["protest"], place: "Mosul" },
  ],
  [
    { id: "b1", words: ["crossing"], place: "Anbar" },
    { id: "b2", words: ["convoy"], place: "Abu Kamal" },
    { id: "b3", words: ["crossing", "crossing", "reopens"], place: "Anbar" },
  ],
  [
    { id: "c1", words: ["convoy"], place: "Anbar" },
    { id: "c2", words: ["crossing"], place: "Abu Kamal" },
    { id: "c3", words: ["statement"], place: "Anbar" },
  ],
];

const pageParts = (parts: Doc[][]): PagePart[] =>
  parts.map((docs, i) => ({
    url: `/pagefind/${i === 0 ? "" : `part-${i + 1}/`}`,
    events: docs.length,
    first: `first of ${i + 1}`,
    last: `last of ${i + 1}`,
  }));
const PAGE_PARTS = pageParts(PARTS);

/** An index over `docs` that scores a match by how often the term occurs, and records what it was asked. */
function standIn(docs: Doc[], log: string[], name: string): PagefindIndex {
  const count = (found: Doc[]) => {
    const places: Record<string, number> = {};
    for (const doc of found) places[doc.place] = (places[doc.place] ?? 0) + 1;
    return { place: places };
  };
  return {
    filters: () => {
      log.push(`filters ${name}`);
      return Promise.resolve(count(docs));
    },
    preload: () => Promise.resolve(),
    search: (term: string | null, options: PagefindSearchOptions) => {
      log.push(`search ${name}`);
      let found = docs.filter((doc) => term === null || doc.words.includes(term));
      const place = options.filters?.["place"];
      if (place) found = found.filter((doc) => place.includes(doc.place));
      const order = options.sort && Object.values(options.sort)[0];
      if (order === "desc") found = [...found].reverse();
      return Promise.resolve({
        filters: count(found),
        results: found.map((doc, i) => ({
          score: order ? found.length - i : doc.words.filter((w) => w === term).length,
          data: () =>
            Promise.resolve({ url: `/events/${doc.id}/`, content: "", locations: [], meta: { title: doc.id } }),
        })),
      });
    },
  };
}

function archive(parts = PARTS) {
  const log: string[] = [];
  const listed = parts === PARTS ? PAGE_PARTS : pageParts(parts);
  const index = new ArchiveIndex(listed, (part) => {
    const n = listed.indexOf(part);
    log.push(`open ${n + 1}`);
    return standIn(parts[n]!, log, String(n + 1));
  });
  return { index, log };
}

const ids = async (results: { data(): Promise<{ url: string }> }[]) =>
  Promise.all(results.map(async (r) => (await r.data()).url.split("/")[2]));

describe("searching an index in parts", () => {
  it("newest first opens the newest part alone while it has results, and older parts one at a time after", async () => {
    const { index, log } = archive();
    const search = index.search(null, { sort: { date: "desc" } }, "newest");
    assert.deepEqual(log, [], "nothing is fetched before the search runs");
    await search.searchUntilFound();
    // Searched, then counted by every filter value, which needs the part's filter files first.
    assert.deepEqual(log, ["open 3", "search 3", "filters 3", "search 3"]);
    assert.equal(search.complete, false);
    assert.equal(search.found, 3);
    assert.equal(search.eventsSearched, 3);
    assert.equal(search.reach, "first of 3");
    assert.deepEqual(await ids(search.next(10)), ["c3", "c2", "c1"]);
    search.shown(3);
    await search.searchUntilFound();
    await search.searchUntilFound();
    assert.equal(search.complete, true);
    assert.deepEqual(await ids(search.next(10)), ["b3", "b2", "b1", "a2", "a1"], "the timeline's order, newest first");
    assert.deepEqual(index.route("newest"), [2, 1, 0]);
  });

  it("oldest first starts from the oldest part and says how far forward it reached", async () => {
    const { index } = archive();
    const search = index.search(null, { sort: { date: "asc" } }, "oldest");
    await search.searchUntilFound();
    assert.equal(search.reach, "last of 1");
    assert.deepEqual(await ids(search.next(10)), ["a1", "a2"]);
  });

  it("goes on by itself past parts with nothing to show, and stops at the first that has", async () => {
    const { index, log } = archive();
    const search = index.search("protest", {}, "newest");
    await search.searchUntilFound();
    assert.deepEqual(
      log,
      ["open 3", "search 3", "open 2", "search 2", "open 1", "search 1", "filters 1", "search 1"],
      "a part that found nothing has nothing to count: its filter files are not fetched",
    );
    assert.equal(search.found, 1);
    assert.equal(search.complete, true);
    assert.deepEqual(await ids(search.next(10)), ["a2"]);
    const reopens = index.search("reopens", {}, "newest");
    await reopens.searchUntilFound();
    assert.equal(reopens.complete, false, "part 2 had it: part 1 is left for the reader to ask for");
    assert.equal(log.filter((line) => line === "open 3").length, 1, "a part is opened once for every search");
  });

  it("stops by itself after a few parts that found nothing, and goes on when asked", async () => {
    // Older parts than the search goes through by itself, the oldest alone holding the word.
    const parts: Doc[][] = Array.from({ length: STEPS_UNASKED + 2 }, (_, i) => [
      { id: `p${i + 1}`, words: i === 0 ? ["siege"] : ["convoy"], place: "Anbar" },
    ]);
    const { index, log } = archive(parts);
    const search = index.search("siege", {}, "newest");
    await search.searchUntilFound();
    const opened = () => log.filter((line) => line.startsWith("open")).length;
    assert.equal(opened(), STEPS_UNASKED, "a word not found opens no more parts than the steps taken unasked");
    assert.equal(search.found, 0);
    assert.equal(search.complete, false, "the older parts are left for the reader to ask for");
    assert.equal(search.reach, `first of ${parts.length - STEPS_UNASKED + 1}`);
    await search.searchUntilFound();
    assert.equal(search.complete, true);
    assert.deepEqual(await ids(search.next(10)), ["p1"]);
  });

  it("best match first ranks what was found so far, and never moves a result already shown", async () => {
    const { index } = archive();
    const search = index.search("crossing", {}, "newest");
    await search.searchUntilFound();
    assert.deepEqual(await ids(search.next(1)), ["c2"]);
    search.shown(1);
    await search.searchNext();
    // b3 names the crossing twice: it ranks before b1 among the results still waiting.
    assert.deepEqual(await ids(search.next(10)), ["b3", "b1"]);
    await search.searchNext();
    assert.deepEqual(await ids(search.next(10)), ["b3", "b1", "a1"]);
    assert.equal(search.found, 4);
  });

  it("adds up the filter counts and the values of the parts searched", async () => {
    const { index } = archive();
    const search = index.search(null, { filters: { place: ["Anbar"] } }, "newest");
    await search.searchUntilFound();
    assert.deepEqual(search.counts, { place: { Anbar: 2 } });
    assert.deepEqual(search.totals, { place: { Anbar: 2, "Abu Kamal": 1 } });
    await search.searchNext();
    assert.deepEqual(search.counts, { place: { Anbar: 4 } });
    assert.deepEqual(search.totals, { place: { Anbar: 4, "Abu Kamal": 2 } });
  });

  it("takes in as many parts at a step as the page's step holds, as the dev server's smaller parts need", async () => {
    const log: string[] = [];
    const open = (part: PagePart) => {
      const n = PAGE_PARTS.indexOf(part);
      return standIn(PARTS[n]!, log, String(n + 1));
    };
    const index = new ArchiveIndex(PAGE_PARTS, open, 6);
    assert.deepEqual(index.steps("newest"), [[2, 1], [0]], "3 + 3 events fit a step of 6; 2 more do not");
    assert.deepEqual(index.steps("oldest"), [[0, 1], [2]]);
    const search = index.search(null, { sort: { date: "desc" } }, "newest");
    await search.searchUntilFound();
    assert.equal(search.found, 6);
    assert.equal(search.partsSearched, 2);
    assert.equal(search.eventsSearched, 6);
    assert.equal(search.reach, "first of 2");
    assert.deepEqual(await ids(search.next(10)), ["c3", "c2", "c1", "b3", "b2", "b1"], "newest first across the step");
    assert.deepEqual(new ArchiveIndex(PAGE_PARTS, open, 10_000).steps("newest"), [[2, 1, 0]]);
  });

  it("a part that failed to open is opened again by the next search", async () => {
    let failures = 1;
    const log: string[] = [];
    const index = new ArchiveIndex(PAGE_PARTS, (part) => {
      const n = PAGE_PARTS.indexOf(part);
      const inner = standIn(PARTS[n]!, log, String(n + 1));
      return { ...inner, filters: () => (failures-- > 0 ? Promise.reject(new Error("offline")) : inner.filters()) };
    });
    await assert.rejects(index.search(null, {}, "newest").searchUntilFound(), /offline/);
    const again = index.search(null, {}, "newest");
    await again.searchUntilFound();
    assert.equal(again.found, 3);
  });
});

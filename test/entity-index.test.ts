// The per-entity index behind entity pages: events rolled up through `within` (each event once per
// entity), `via`, first and last dates, children, ancestors, related counts, and the page chunks.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildEntityIndex, paginateEntities, type EntityEntry, type EntityIndex } from "../src/model/entity-index.ts";
import { buildTimeline, entityKey } from "../src/model/timeline.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "../src/model/types.ts";
import { calendarDate, makeEntity, makeEvent, makeSite } from "./model-builders.ts";

const date = calendarDate;
const event = (id: string, when: string, fields: Partial<TimelineEvent> = {}): TimelineEvent =>
  makeEvent({ id, title: id, date: date(when), ...fields });
const entity = makeEntity;

function model(entities: Entity[], events: TimelineEvent[]): Model {
  const of = (kind: EntityKind) => new Map(entities.filter((e) => e.kind === kind).map((e) => [e.id, e]));
  return {
    site: makeSite({ title: "T", description: "D" }),
    // The loader sorts; these tests write events in timeline order already.
    events,
    places: of("place"),
    actors: of("actor"),
    figures: of("figure"),
  };
}

function index(m: Model, drafts = false): EntityIndex {
  return buildEntityIndex(m, buildTimeline(m, { drafts }));
}

function get(idx: EntityIndex, kind: EntityKind, id: string): EntityEntry {
  const entry = idx.get(entityKey(kind, id));
  assert.ok(entry, `no entry for ${kind}:${id}`);
  return entry;
}

const ids = (entry: EntityEntry) => entry.events.map((e) => e.event.id);
const vias = (entry: EntityEntry) => entry.events.map((e) => e.via);

const PLACES = [
  entity("place", "iraq", "Iraq", { category: "country" }),
  entity("place", "anbar", "Anbar", { within: "iraq" }),
  entity("place", "al-qaim", "al-Qaim", { within: "anbar" }),
  entity("place", "al-qaim-border-crossing", "al-Qaim border crossing", { within: "al-qaim" }),
  entity("place", "baghdad", "Baghdad", { within: "iraq" }),
  entity("place", "syria", "Syria"),
  entity("place", "abu-kamal", "Abu Kamal", { within: "syria" }),
];

describe("buildEntityIndex: places rolled up through within", () => {
  const events = [
    event("closure", "2024-12-07", { places: ["al-qaim-border-crossing", "baghdad"] }),
    event("both-named", "2024-12-10", { places: ["al-qaim", "anbar"] }),
    event("reopening", "2024-12-19", { places: ["al-qaim-border-crossing", "abu-kamal"] }),
    event("in-baghdad", "2025-01-03", { places: ["baghdad"], end: date("2025-01-09") }),
  ];
  const idx = index(model(PLACES, events));

  it("counts an event at al-Qaim once for Anbar and once for Iraq, even when it names two places in Iraq", () => {
    assert.deepEqual(ids(get(idx, "place", "iraq")), ["in-baghdad", "reopening", "both-named", "closure"]);
    assert.deepEqual(ids(get(idx, "place", "anbar")), ["reopening", "both-named", "closure"]);
    assert.deepEqual(ids(get(idx, "place", "al-qaim")), ["reopening", "both-named", "closure"]);
    assert.deepEqual(ids(get(idx, "place", "al-qaim-border-crossing")), ["reopening", "closure"]);
    assert.deepEqual(ids(get(idx, "place", "baghdad")), ["in-baghdad", "closure"]);
    assert.deepEqual(ids(get(idx, "place", "syria")), ["reopening"]);
  });

  it("records via: the named entity within it, and nothing when the event names it directly", () => {
    assert.deepEqual(vias(get(idx, "place", "iraq")), [
      "baghdad",
      "al-qaim-border-crossing",
      "al-qaim",
      "al-qaim-border-crossing",
    ]);
    // "both-named" names al-Qaim first and Anbar second: for Anbar it is still a direct event.
    assert.deepEqual(vias(get(idx, "place", "anbar")), [
      "al-qaim-border-crossing",
      undefined,
      "al-qaim-border-crossing",
    ]);
    assert.deepEqual(vias(get(idx, "place", "al-qaim-border-crossing")), [undefined, undefined]);
    assert.ok(!("via" in get(idx, "place", "baghdad").events[0]!), "no via key on a direct event");
  });

  it("gives first as the oldest start and last as the latest date reached, end dates included", () => {
    const iraq = get(idx, "place", "iraq");
    assert.equal(iraq.first?.text, "2024-12-07");
    assert.equal(iraq.last?.text, "2025-01-09");
    const anbar = get(idx, "place", "anbar");
    assert.equal(anbar.first?.text, "2024-12-07");
    assert.equal(anbar.last?.text, "2024-12-19");
    const quiet = get(idx, "place", "syria");
    assert.equal(quiet.first?.text, "2024-12-19");
  });

  it("lists children A–Z and ancestors outermost first", () => {
    assert.deepEqual(
      get(idx, "place", "iraq").children.map((c) => c.id),
      ["anbar", "baghdad"],
    );
    assert.deepEqual(
      get(idx, "place", "al-qaim").children.map((c) => c.id),
      ["al-qaim-border-crossing"],
    );
    assert.deepEqual(get(idx, "place", "al-qaim-border-crossing").children, []);
    assert.deepEqual(
      get(idx, "place", "al-qaim-border-crossing").ancestors.map((a) => a.id),
      ["iraq", "anbar", "al-qaim"],
    );
    assert.deepEqual(get(idx, "place", "iraq").ancestors, []);
  });

  it("leaves entities without events with an empty list and no dates", () => {
    const m = model([...PLACES, entity("place", "turkey", "Turkey")], events);
    const turkey = get(index(m), "place", "turkey");
    assert.deepEqual(turkey.events, []);
    assert.equal(turkey.first, undefined);
    assert.equal(turkey.last, undefined);
  });
});

describe("buildEntityIndex: related entities", () => {
  const entities = [
    ...PLACES,
    entity("actor", "guards", "Iraqi Border Guards"),
    entity("actor", "army", "Syrian Arab Army"),
    entity("actor", "pmf", "Popular Mobilization Forces"),
    entity("figure", "karkhi", "Hayder Karkhi"),
  ];
  const events = [
    event("a", "2024-12-01", { places: ["al-qaim-border-crossing"], actors: ["guards", "army"] }),
    event("b", "2024-12-02", {
      places: ["al-qaim-border-crossing", "abu-kamal"],
      actors: ["guards"],
      figures: ["karkhi"],
    }),
    event("c", "2024-12-03", { places: ["anbar"], actors: ["guards", "pmf"] }),
    event("d", "2024-12-04", { actors: ["army", "guards"] }),
  ];
  const idx = index(model(entities, events));
  const related = (kind: EntityKind, id: string) =>
    get(idx, kind, id).related.map((r) => `${r.entity.kind}:${r.entity.id}=${r.count}`);

  it("counts the events two entities share, most first, across kinds", () => {
    assert.deepEqual(related("actor", "guards"), [
      "place:al-qaim-border-crossing=2",
      "actor:army=2",
      "place:abu-kamal=1",
      "place:anbar=1",
      "figure:karkhi=1",
      "actor:pmf=1",
    ]);
    assert.deepEqual(related("figure", "karkhi"), [
      "place:abu-kamal=1",
      "place:al-qaim-border-crossing=1",
      "actor:guards=1",
    ]);
  });

  it("counts for a place the entities named in the events rolled up into it", () => {
    assert.deepEqual(related("place", "anbar"), [
      "actor:guards=3",
      "place:abu-kamal=1",
      "figure:karkhi=1",
      "actor:pmf=1",
      "actor:army=1",
    ]);
  });

  it("leaves out the entity's own ancestors and the places within it", () => {
    const crossing = related("place", "al-qaim-border-crossing");
    assert.ok(!crossing.some((r) => r.startsWith("place:anbar") || r.startsWith("place:iraq")), crossing.join(" "));
    const anbar = related("place", "anbar");
    assert.ok(!anbar.some((r) => r.startsWith("place:al-qaim")), anbar.join(" "));
  });

  it("keeps at most eight of each kind", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      entity("actor", `group-${i}`, `Group ${String(i).padStart(2, "0")}`),
    );
    const m = model(
      [...entities, ...many],
      [event("big", "2024-12-05", { places: ["syria"], actors: many.map((a) => a.id) })],
    );
    const syria = get(index(m), "place", "syria");
    assert.equal(syria.related.length, 8);
    assert.deepEqual(
      syria.related.map((r) => r.entity.name),
      many.slice(0, 8).map((a) => a.name),
      "ties broken A–Z",
    );
  });
});

describe("buildEntityIndex: actors, drafts and cycles", () => {
  it("rolls an actor's events up to the actor it lies within", () => {
    const entities = [
      entity("actor", "forces", "Iraqi Armed Forces"),
      entity("actor", "brigade", "8th Brigade", { within: "forces" }),
      entity("actor", "company", "2nd Company", { within: "brigade" }),
    ];
    const idx = index(
      model(entities, [
        event("e1", "2024-11-01", { actors: ["company"] }),
        event("e2", "2024-11-02", { actors: ["brigade", "company"] }),
      ]),
    );
    assert.deepEqual(ids(get(idx, "actor", "forces")), ["e2", "e1"]);
    assert.deepEqual(vias(get(idx, "actor", "forces")), ["brigade", "company"]);
    assert.deepEqual(vias(get(idx, "actor", "brigade")), [undefined, "company"]);
    assert.deepEqual(
      get(idx, "actor", "company").ancestors.map((a) => a.id),
      ["forces", "brigade"],
    );
  });

  it("leaves drafts out unless the timeline includes them", () => {
    const m = model(PLACES, [
      event("public", "2024-12-01", { places: ["anbar"] }),
      event("draft", "2024-12-02", { places: ["anbar"], draft: true }),
    ]);
    assert.deepEqual(ids(get(index(m), "place", "iraq")), ["public"]);
    assert.deepEqual(ids(get(index(m, true), "place", "iraq")), ["draft", "public"]);
  });

  it("cannot loop on a within cycle, and still counts each event once", () => {
    const entities = [
      entity("place", "a", "A", { within: "b" }),
      entity("place", "b", "B", { within: "c" }),
      entity("place", "c", "C", { within: "a" }),
      entity("place", "self", "Self", { within: "self" }),
    ];
    const idx = index(model(entities, [event("e", "2024-12-01", { places: ["a", "self"] })]));
    assert.deepEqual(
      get(idx, "place", "a").ancestors.map((x) => x.id),
      ["c", "b"],
    );
    for (const id of ["a", "b", "c", "self"]) assert.deepEqual(ids(get(idx, "place", id)), ["e"], id);
    assert.deepEqual(get(idx, "place", "self").children, [], "not its own child");
    assert.deepEqual(get(idx, "place", "self").ancestors, []);
  });

  it("ignores a reference to an entity the model does not hold", () => {
    const idx = index(model(PLACES, [event("e", "2024-12-01", { places: ["nowhere", "anbar"] })]));
    assert.deepEqual(ids(get(idx, "place", "iraq")), ["e"]);
    assert.equal(idx.has(entityKey("place", "nowhere")), false);
  });
});

describe("paginateEntities", () => {
  const events = Array.from({ length: 120 }, (_, i) =>
    event(
      `e-${String(i).padStart(3, "0")}`,
      i < 70 ? `2023-01-${String((i % 28) + 1).padStart(2, "0")}` : `2024-02-${String((i % 28) + 1).padStart(2, "0")}`,
      {
        places: [i % 2 === 0 ? "anbar" : "al-qaim"],
      },
    ),
  );
  // Sorted as the loader would: by date, then id.
  events.sort((a, b) => a.date.text.localeCompare(b.date.text) || a.id.localeCompare(b.id));
  const m = model(PLACES, events);
  const idx = index(m);
  const pages = paginateEntities(idx, [...m.places.values()], 50);

  it("splits an entity's events into pages of 50, newest first, and gives every entity a page 1", () => {
    const anbar = pages.filter((p) => p.entry.entity.id === "anbar");
    assert.deepEqual(
      anbar.map((p) => [p.pageNumber, p.pageCount, p.offset, p.events.length]),
      [
        [1, 3, 0, 50],
        [2, 3, 50, 50],
        [3, 3, 100, 20],
      ],
    );
    assert.deepEqual(
      anbar.flatMap((p) => p.events),
      get(idx, "place", "anbar").events,
    );
    const syria = pages.filter((p) => p.entry.entity.id === "syria");
    assert.deepEqual(
      syria.map((p) => [p.pageNumber, p.pageCount, p.events.length]),
      [[1, 1, 0]],
    );
  });

  it("carries the whole entity's year counts and rolled-up count onto every page", () => {
    const anbar = pages.filter((p) => p.entry.entity.id === "anbar");
    for (const page of anbar) {
      assert.deepEqual(
        [...page.yearCounts],
        [
          [2024, 50],
          [2023, 70],
        ],
      );
      assert.equal(page.rolledUp, 60);
    }
  });

  it("refuses a page size that is not a positive integer", () => {
    assert.throws(() => paginateEntities(idx, [], 0), RangeError);
  });
});

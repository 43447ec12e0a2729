// Maps as a reader meets them: a locator map on place pages with coordinates, a small map on event
// pages, the overview on the home page. A hand-built model is rendered with renderSite into a fresh
// folder and read back; the drawing code's own promises (clipping, fitting) are checked directly. That
// names lay out as placed in a browser is test/browser/maps.test.ts.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { eventMap } from "../_includes/event-map.ts";
import { loadContent } from "../src/content/load.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import { baseMap } from "../src/site/map/base-map.ts";
import { fitFrame, toFrame } from "../src/site/map/frame.ts";
import { geography, mercator, outsideRunsCut, type Point } from "../src/site/map/geography.ts";
import { placeLabels } from "../src/site/map/labels.ts";
import { pathData } from "../src/site/map/path-data.ts";
import { SiteData } from "../src/site/site-data.ts";
import { ARABIC_NAME, borderModel, INJECTED } from "./border-model.ts";
import { renderedSite } from "./rendered-site.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** What the small map may add to an event page: the page and its CSS must stay under 50 kB. */
const EVENT_MAP_BUDGET = 4 * 1024;

/** The first element of this class on the page, with everything inside it. */
function figure(page: string, className: string): string {
  const start = page.indexOf(`<figure class="map ${className}">`);
  assert.ok(start >= 0, `no ${className} map`);
  return page.slice(start, page.indexOf("</figure>", start) + "</figure>".length);
}

const hrefs = (fragment: string) => [...fragment.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
const viewBox = (map: string) => /viewBox="0 0 (\d+) (\d+)"/.exec(map)!.slice(1).map(Number) as [number, number];
/** The circles of one class of dots: `<g class="…">` groups them. */
function circles(map: string, className: string): { x: number; y: number; r: number; hint?: string }[] {
  const group = new RegExp(`<g class="${className}">(.*?)</g>`).exec(map)?.[1] ?? "";
  return [
    ...group.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"(?:\/>|><title>([^<]*)<\/title><\/circle>)/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    r: Number(m[3]),
    ...(m[4] ? { hint: m[4] } : {}),
  }));
}

describe("maps on the pages", () => {
  const { page, exists } = renderedSite("maps", borderModel);

  it("gives a place with coordinates a locator map, named and described, its marker inside the drawing", async () => {
    const map = figure(await page("places/al-qaim/index.html"), "map-locator");
    assert.match(
      map,
      /<svg class="map-art" viewBox="0 0 \d+ \d+" role="img" aria-labelledby="place-map-title" aria-describedby="place-map-desc">/,
    );
    assert.match(map, /<title id="place-map-title">Location of al-Qaim<\/title>/);
    assert.match(map, /<desc id="place-map-desc">Map of the area around al-Qaim, in Iraq, with Syria[^<]*<\/desc>/);
    const [width, height] = viewBox(map);
    const [marker] = circles(map, "map-marker");
    assert.ok(
      marker && marker.x > 0 && marker.x < width && marker.y > 0 && marker.y < height,
      `marker at ${JSON.stringify(marker)}`,
    );
    assert.match(map, /class="map-land"/, "land is drawn");
    assert.match(map, /class="map-border"/, "the Iraq–Syria border is in view");
    assert.match(map, /class="map-focus"/, "its country is set apart");
    // Zoomed in to its neighbourhood, the map carries an inset of the wider region with its extent outlined.
    assert.match(
      map,
      /<svg class="map-inset" x="[\d.]+" y="[\d.]+" width="150" height="96" viewBox="0 0 150 96">.*<rect class="map-inset-extent"/,
    );
    assert.match(map, /A small inset map shows the wider region\.<\/desc>/);
  });

  it("draws what lies within a place and its neighbours as dots, and links the names that fit", async () => {
    const map = figure(await page("places/anbar/index.html"), "map-locator");
    // al-Qaim, the crossing and Ramadi lie within Anbar; so does the badly named place.
    assert.equal(circles(map, "map-dot map-dot-within").length, 4);
    // Abu Kamal, across the border, is nearby; Syria and Iraq are countries, drawn as outlines, not dots.
    assert.equal(circles(map, "map-dot").length, 1);
    const links = hrefs(map.slice(map.indexOf('<ul class="map-links"')));
    assert.ok(links.length >= 2, `some names are links: ${links.join(" ")}`);
    for (const href of links) assert.ok(await exists(path.join(href, "index.html")), `${href} is a page`);
    assert.ok(!links.includes("/places/anbar/"), "the place itself is named, not linked");
    assert.ok(!links.includes("/places/iraq/"), "its country is no dot");
  });

  it("draws no locator map for a place without coordinates of its own", async () => {
    assert.ok(!(await page("places/nowhere/index.html")).includes('class="map'));
    assert.ok(
      !(await page("places/husaybah/index.html")).includes('class="map'),
      "an enclosing place's point is no locator",
    );
  });

  it("maps an event at its place, or at the nearest enclosing place with coordinates, and says so", async () => {
    const direct = figure(await page("events/at-crossing-0/index.html"), "map-event");
    assert.match(direct, /<title id="event-map-title">Location of al-Qaim border crossing<\/title>/);
    assert.equal(circles(direct, "map-marker").length, 1);
    const standIn = figure(await page("events/at-husaybah-0/index.html"), "map-event");
    assert.match(standIn, /Location of al-Qaim</);
    assert.match(
      standIn,
      /<span dir="auto">Husaybah<\/span> is shown at <span dir="auto">al-Qaim<\/span>, the nearest place enclosing it with coordinates\./,
    );
    const both = figure(await page("events/at-both-0/index.html"), "map-event");
    assert.equal(circles(both, "map-marker").length, 1, "Husaybah and al-Qaim share one marker");
    assert.ok(
      !(await page("events/at-nowhere-0/index.html")).includes('class="map'),
      "no map when nothing has coordinates",
    );
  });

  it("sizes the home page's circles by the events at each place and links every place drawn", async () => {
    const map = figure(await page("index.html"), "map-overview");
    const bubbles = circles(map, "map-bubble");
    const byName = new Map(bubbles.map((b) => [b.hint!.replace(/: .*/, ""), b]));
    // Husaybah's events count at al-Qaim (once for the event naming both); nothing counts again at Anbar or Iraq.
    assert.deepEqual(
      bubbles.map((b) => b.hint),
      [
        "al-Qaim: 6 events",
        "al-Qaim border crossing: 5 events",
        `${ARABIC_NAME}: 4 events`,
        `${INJECTED.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}: 1 event`,
        "Ramadi: 1 event",
      ],
    );
    const area = (name: string) => byName.get(name)!.r ** 2;
    assert.ok(Math.abs(area("al-Qaim") / area("Ramadi") - 6) < 0.1, "circle area is proportional to the count");
    const [width, height] = viewBox(map);
    for (const b of bubbles)
      assert.ok(b.x >= 0 && b.x <= width && b.y >= 0 && b.y <= height, `${b.hint} lies inside the map`);
    const list = map.slice(map.indexOf('<ol class="map-places-list">'));
    assert.deepEqual(hrefs(list), [
      "/places/al-qaim/",
      "/places/crossing/",
      "/places/abu-kamal/",
      "/places/bad/",
      "/places/ramadi/",
    ]);
    assert.match(list, /<a href="\/places\/al-qaim\/" dir="auto">al-Qaim<\/a> <span>6<\/span>/);
  });

  it("escapes names in titles, descriptions, labels and hints", async () => {
    for (const p of ["index.html", "places/bad/index.html", "places/anbar/index.html", "events/at-bad-0/index.html"]) {
      const html = await page(p);
      assert.ok(!html.includes("<script>alert(1)</script>"), `${p} has the raw name`);
    }
    const map = figure(await page("places/bad/index.html"), "map-locator");
    assert.match(
      map,
      /<title id="place-map-title">Location of Bad &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Co<\/title>/,
    );
  });

  it("labels right-to-left names with dir=auto", async () => {
    const map = figure(await page("places/abu-kamal/index.html"), "map-locator");
    assert.ok(map.includes(`dir="auto">${ARABIC_NAME}</span>`), "the place's own name on its map");
  });
});

describe("the event map's weight and cost", () => {
  it("stays under its byte budget on every event page of the sample site", async () => {
    const { model } = await loadContent(path.join(REPO, "content"));
    const timeline = buildTimeline(model, { drafts: false });
    const data = new SiteData({ model, timeline, drafts: false });
    let drawn = 0;
    for (const event of timeline.events) {
      const bytes = Buffer.byteLength(eventMap(data, event).toString());
      if (bytes > 0) drawn++;
      assert.ok(bytes < EVENT_MAP_BUDGET, `${event.id}: ${bytes} bytes`);
    }
    assert.ok(drawn > 0, "the sample's events have maps");
  });

  it("draws each place's event map once per render and looks it up after", () => {
    const model = borderModel();
    const data = new SiteData({ model, timeline: buildTimeline(model, { drafts: false }), drafts: false });
    const [first, second] = data.timeline.events.filter((e) => e.places.join() === "crossing");
    assert.ok(first && second);
    assert.equal(eventMap(data, first), eventMap(data, second), "the same drawing, not drawn again");
  });
});

describe("drawing", () => {
  it("fits a lone point to its region and keeps every fitted point inside the margin", () => {
    const options = { width: 640, height: 400, margin: 0.12, minSpan: 10, maxSpan: 40 };
    const lone = fitFrame([mercator([34.43, 40.95])], options);
    const span = lone.width / lone.scale;
    assert.ok(span >= 10 && span < 10 * 2 ** 0.25 + 1e-9, `a lone point shows ${span}° of longitude`);
    const spread: Point[] = [
      [33.2, 43.7],
      [36.4, 44.4],
      [34.43, 40.95],
      [37.12, 42.58],
    ].map((p) => mercator(p as [number, number]));
    const frame = fitFrame(spread, options);
    for (const p of spread) {
      const [x, y] = toFrame(frame, p);
      assert.ok(x >= (options.width * options.margin) / 2 && x <= options.width * (1 - options.margin / 2), `x ${x}`);
      assert.ok(y >= (options.height * options.margin) / 2 && y <= options.height * (1 - options.margin / 2), `y ${y}`);
    }
    const far = fitFrame([mercator([34, 41]), mercator([40.7, -74])], options);
    assert.ok(far.width / far.scale <= 40, "far-flung points do not zoom out past the widest span");
  });

  it("clips to the frame: cutting far-away runs short changes nothing a reader sees", () => {
    const frame = fitFrame([mercator([34.43, 40.95])], {
      width: 360,
      height: 200,
      margin: 0.15,
      minSpan: 10,
      maxSpan: 40,
    });
    const geo = geography(frame.resolution);
    const ring = geo.land.reduce((a, b) => (b.rings[0]!.length > a.rings[0]!.length ? b : a)).rings[0]!;
    const view = {
      x0: frame.left - 1,
      x1: frame.left + frame.width / frame.scale + 1,
      y0: frame.top - frame.height / frame.scale - 1,
      y1: frame.top + 1,
    };
    const cut = outsideRunsCut(ring, view);
    assert.ok(cut.length < ring.length / 20, `Africa and Eurasia cut from ${ring.length} to ${cut.length} points`);
    for (const p of ring) {
      if (p[0] >= view.x0 && p[0] <= view.x1 && p[1] >= view.y0 && p[1] <= view.y1)
        assert.ok(cut.includes(p), "every point in view is kept");
    }
    const base = baseMap(frame);
    assert.match(base.ground, /^<rect class="map-water" width="360" height="200"\/><path class="map-land" d="M[-\d]/);
    assert.deepEqual(
      base.countries.slice(0, 2).map((c) => c.country.name),
      ["Iraq", "Syria"],
    );
  });

  it("writes short path data: relative steps, close points dropped, specks left out", () => {
    const path = pathData(1);
    path.moveTo(10.2, 10.4);
    path.lineTo(10.6, 10.2);
    path.lineTo(20, 10);
    path.lineTo(20, 5);
    path.closePath();
    path.moveTo(50, 50);
    path.lineTo(50.4, 50.3);
    path.lineTo(50.2, 50.6);
    path.closePath();
    assert.equal(path.result(), "M10 10l10 0 0-5z");
  });

  it("places names without overlaps and in the map, most important first", () => {
    const requests = [
      { text: "Anbar", kind: "self" as const, x: 320, y: 200 },
      { text: "Ramadi", kind: "place" as const, x: 324, y: 202, href: "/places/ramadi/" },
      { text: "Far east", kind: "place" as const, x: 610, y: 100, href: "/places/far-east/" },
    ];
    const placed = placeLabels({ width: 640, height: 400, requests, dots: [] });
    assert.equal(placed[0]!.request.text, "Anbar");
    assert.equal(placed[0]!.wide, false, "the place's own name shows at every width");
    const east = placed.find((p) => p.request.text === "Far east");
    assert.ok(east && east.side !== "e", "a name at the right edge goes west, not off the map");
  });

  it("puts a place name on a side that leaves a country's name room, when it has one", () => {
    // The place's east side would cover the country's name; its west side is free.
    const requests = [
      { text: "دەروازەی قائیم", kind: "place" as const, x: 480, y: 300, href: "/ckb/places/al-qaim/" },
      { text: "عێراق", kind: "country" as const, x: 600, y: 300 },
    ];
    const placed = placeLabels({ width: 960, height: 600, requests, dots: [] });
    assert.deepEqual(
      placed.map((p) => [p.request.text, p.side]),
      [
        ["دەروازەی قائیم", "w"],
        ["عێراق", "c"],
      ],
    );
  });
});

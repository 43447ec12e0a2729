// Overview charts: what they count (per month across years, per year for long spans, events dated only
// to a year), where each bar leads (month anchors that exist on the year page, year pages), that the
// table says what the bars show, and when there is no chart. Sites are rendered from hand-built models
// into fresh temporary folders; nothing depends on a previous build.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { formatMonth } from "../src/site/dates.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import type { Model, TimelineEvent } from "../src/model/types.ts";
import { chartFigure, gridTop } from "../src/site/chart.ts";
import { chartOf, scaleFor, tallyEvents } from "../src/site/chart-data.ts";
import { englishMessages } from "../src/site/messages.ts";
import { renderSite } from "../src/render/render.ts";
import { calendarDate, makeEntity, makeEvent, makeModel } from "./model-builders.ts";

const INJECTED = "Bad <script>alert(1)</script> & Co";
const INJECTED_HTML = "Bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co";

const event = (id: string, when: string, fields: Partial<TimelineEvent> = {}): TimelineEvent =>
  makeEvent({ id, title: `Event ${id}`, date: calendarDate(when), ...fields });

/**
 * 2023-2025 (three calendar years, so per month): March 2023 busy, one event dated only to 2023, a burst
 * in December 2024, 55 events at al-Qaim over January and February 2025 (its events run to two pages),
 * a place whose events all fall in one month, and a draft that no chart may count.
 */
function monthlyEvents(): TimelineEvent[] {
  const events = [
    event("march-a", "2023-03-05", { places: ["bad-place"] }),
    event("march-b", "2023-03-20"),
    event("march-month", "2023-03", { places: ["bad-place"] }),
    event("only-year", "2023"),
    event("december-a", "2024-12-19", { places: ["al-qaim", "quiet"] }),
    event("december-b", "2024-12-19", { places: ["quiet"] }),
    event("december-c", "2024-12-22", { places: ["bad-place"] }),
    event("draft", "2024-07-01", { draft: true, places: ["al-qaim"] }),
  ];
  for (let i = 0; i < 55; i++) {
    const month = i < 40 ? "01" : "02";
    events.push(
      event(`qaim-${String(i).padStart(2, "0")}`, `2025-${month}-${String((i % 28) + 1).padStart(2, "0")}`, {
        places: ["al-qaim"],
      }),
    );
  }
  return events;
}

const PLACES = [
  makeEntity("place", "al-qaim", "al-Qaim"),
  makeEntity("place", "quiet", "Quiet place"),
  makeEntity("place", "bad-place", INJECTED),
];

async function renderModel(m: Model): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-chart-"));
  await renderSite({ model: m, timeline: buildTimeline(m, { drafts: false }), drafts: false }, dir);
  return dir;
}

interface ReadChart {
  /** The figure's markup. */
  markup: string;
  /** Bar heights read back from the drawing as counts, by bar position. */
  drawn: Map<number, number>;
  /** The pointer layer: one entry per bar position, with its link and "label: N events" text. */
  columns: ({ href: string; text: string } | undefined)[];
  /** Table rows: label, link, number. */
  rows: { label: string; href: string; count: number }[];
}

function readChart(page: string): ReadChart | undefined {
  const markup = /<figure class="chart[\s\S]*?<\/figure>/.exec(page)?.[0];
  if (!markup) return undefined;
  const top = Number(/<span class="chart-top"[^>]*>([\d,]+) events?<\/span>/.exec(markup)![1]!.replace(/,/g, ""));
  const d = /<path class="chart-bars" d="([^"]*)"/.exec(markup)![1]!;
  const drawn = new Map<number, number>();
  for (const bar of d.matchAll(/M([\d.]+) 100V([\d.]+)h[\d.]+V100Z/g)) {
    drawn.set(Math.floor(Number(bar[1]) / 10), Math.round(((100 - Number(bar[2])) / 100) * top));
  }
  const layer = /<div class="chart-hits" aria-hidden="true">([\s\S]*?)<\/div>/.exec(markup)![1]!;
  const columns = [...layer.matchAll(/<a href="([^"]*)" tabindex="-1"><span>([^<]*)<\/span><\/a>|<i><\/i>/g)].map(
    (m) => (m[1] === undefined ? undefined : { href: m[1], text: m[2]! }),
  );
  const rows = [
    ...markup.matchAll(/<tr><th scope="row"><a href="([^"]*)">([^<]*)<\/a><\/th><td>([\d,]+)<\/td><\/tr>/g),
  ].map((m) => ({
    href: m[1]!,
    label: m[2]!,
    count: Number(m[3]!.replace(/,/g, "")),
  }));
  return { markup, drawn, columns, rows };
}

describe("chart data", () => {
  it("counts events per month across years, in any order, year-only dates apart", () => {
    const tallies = tallyEvents(
      monthlyEvents()
        .filter((e) => !e.draft)
        .reverse(),
    );
    assert.deepEqual(
      tallies.map((t) => [t.year, t.months]),
      [
        [2023, [1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
        [2024, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]],
        [2025, [0, 40, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
      ],
    );
  });

  it("goes per month up to four calendar years, per year up to a century, per decade beyond", () => {
    assert.equal(scaleFor(2024, 2024), "month");
    assert.equal(scaleFor(2021, 2024), "month");
    assert.equal(scaleFor(2020, 2024), "year");
    assert.equal(scaleFor(1925, 2024), "year");
    assert.equal(scaleFor(1924, 2024), "decade");
    const decades = chartOf(tallyEvents([event("a", "1917-05-01"), event("b", "1919"), event("c", "2024-01-02")]))!;
    assert.equal(decades.scale, "decade");
    assert.equal(decades.bars[0]!.label, "1910s");
    assert.equal(decades.bars[0]!.count, 2);
    assert.equal(decades.bars[0]!.href, "/timeline/1917/", "a decade opens its first year with events");
    assert.equal(decades.bars.at(-1)!.label, "2020s");
  });

  it("names months as the timeline's month headings do", () => {
    const chart = chartOf(tallyEvents([event("a", "2024-01-01"), event("b", "2024-12-01")]))!;
    assert.deepEqual(
      chart.bars.map((b) => b.label),
      chart.bars.map((b) => formatMonth(b.year, b.month!)),
    );
  });

  it("has no chart for nothing", () => {
    assert.equal(chartOf([]), undefined);
    assert.equal(chartOf(tallyEvents([])), undefined);
  });

  it("puts the top gridline on a round number at or above the largest bar", () => {
    assert.deepEqual([1, 7, 10, 11, 40, 94, 101, 1234].map(gridTop), [1, 7, 10, 12, 40, 100, 120, 1500]);
  });

  it("escapes what it is given and keeps the drawing to short integer or one-decimal coordinates", () => {
    const chart = chartOf(
      tallyEvents([
        event("a", "2024-01-01"),
        event("b", "2024-03-01"),
        event("c", "2024-03-02"),
        event("d", "2024-03-03"),
      ]),
    )!;
    const markup = chartFigure(chart, { id: "c", messages: englishMessages, subject: INJECTED }).toString();
    assert.ok(markup.includes(`<title id="c-title">${INJECTED_HTML}: events per month, 2024</title>`), markup);
    assert.ok(!markup.includes("<script>"));
    const d = /<path class="chart-bars" d="([^"]*)"/.exec(markup)![1]!;
    assert.match(d, /^(M\d+(\.\d)? 100V\d+(\.\d)?h\d+V100Z)+$/);
    assert.ok(!/style=/.test(markup), "no inline styles");
  });
});

describe("overview charts on the rendered site", () => {
  let out = "";
  let long = "";
  let empty = "";
  const page = (root: string, p: string) => readFile(path.join(root, p), "utf8");
  const exists = (root: string, p: string) =>
    stat(path.join(root, p)).then(
      () => true,
      () => false,
    );

  before(async () => {
    out = await renderModel(makeModel(monthlyEvents(), { places: PLACES }));
    // 2016-2024, nine years: per year; 2019 has no event.
    const years = [2016, 2017, 2017, 2018, 2020, 2021, 2022, 2023, 2024, 2024, 2024];
    long = await renderModel(makeModel(years.map((y, i) => event(`y${i}`, `${y}-06-0${(i % 9) + 1}`))));
    empty = await renderModel(makeModel([]));
  });
  after(async () => {
    for (const dir of [out, long, empty]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("home: one bar per month from January 2023 to December 2025, drawn, listed and linked alike", async () => {
    const chart = readChart(await page(out, "index.html"))!;
    assert.ok(chart, "the home page has a chart");
    assert.match(chart.markup, /<figure class="chart chart-month">/);
    assert.equal(chart.columns.length, 36);
    const expected = new Map([
      [2, { label: "March 2023", count: 3, href: "/timeline/2023/#m-2023-3" }],
      [23, { label: "December 2024", count: 3, href: "/timeline/2024/#m-2024-12" }],
      [24, { label: "January 2025", count: 40, href: "/timeline/2025/#m-2025-1" }],
      [25, { label: "February 2025", count: 15, href: "/timeline/2025/#m-2025-2" }],
    ]);
    assert.deepEqual(
      chart.drawn,
      new Map([...expected].map(([i, bar]) => [i, bar.count])),
      "bar heights are the counts (the draft is not counted)",
    );
    chart.columns.forEach((column, i) => {
      const bar = expected.get(i);
      assert.deepEqual(column, bar && { href: bar.href, text: `${bar.label}: ${bar.count} events` }, `column ${i}`);
    });
    assert.deepEqual(chart.rows, [
      { label: "2023, month not given", href: "/timeline/2023/#m-2023-0", count: 1 },
      ...[...expected.values()].map(({ label, href, count }) => ({ label, href, count })),
    ]);
    assert.match(chart.markup, /Not in the bars: 1 event dated only to 2023\./);
    assert.match(
      chart.markup,
      /<desc id="chart-timeline-desc">62 events in all\. The most in one month: 40, in January 2025\. 32 of 36 months have none\. 1 event dated only to a year is not in the bars\.<\/desc>/,
    );
  });

  it("every bar and table row leads to a month heading that exists on its year page", async () => {
    const chart = readChart(await page(out, "index.html"))!;
    const targets = [...chart.columns.flatMap((c) => (c ? [c.href] : [])), ...chart.rows.map((r) => r.href)];
    assert.ok(targets.length >= 9);
    for (const href of targets) {
      const [pathname, anchor] = href.split("#");
      const year = await page(out, `${pathname}index.html`);
      assert.ok(year.includes(`id="${anchor}"`), `${href}: the year page has the anchor`);
    }
  });

  it("home: the year labels under the bars link to every year's page", async () => {
    const chart = readChart(await page(out, "index.html"))!;
    const years = /<div class="chart-axis chart-years">([\s\S]*?)<\/div>/.exec(chart.markup)![1]!;
    assert.deepEqual(
      [...years.matchAll(/<a href="([^"]*)">(\d+)<\/a>/g)].map((m) => [m[1], m[2]]),
      [
        ["/timeline/2023/", "2023"],
        ["/timeline/2024/", "2024"],
        ["/timeline/2025/", "2025"],
      ],
    );
  });

  it("the drawing is a titled, described picture without links; the pointer layer is hidden and untabbable", async () => {
    const { markup } = readChart(await page(out, "index.html"))!;
    const svg = /<svg[\s\S]*?<\/svg>/.exec(markup)![0];
    assert.match(
      svg,
      /^<svg class="chart-svg" viewBox="0 0 360 100" preserveAspectRatio="none" role="img" aria-labelledby="chart-timeline-title" aria-describedby="chart-timeline-desc">/,
    );
    assert.match(svg, /<title id="chart-timeline-title">Events per month, 2023–2025<\/title>/);
    assert.ok(!svg.includes("<a"), "no link inside role=img");
    const layer = /<div class="chart-hits" aria-hidden="true">([\s\S]*?)<\/div>/.exec(markup)![1]!;
    const untabbable = (text: string) => text.split('tabindex="-1"').length - 1;
    assert.equal(untabbable(layer), layer.split("<a ").length - 1, "every link in the layer is out of the tab order");
    assert.equal(untabbable(markup), untabbable(layer), "and no link elsewhere is");
    assert.match(markup, /<details class="chart-table">\n<summary>Table of events per month<\/summary>/);
  });

  it("a year's page charts its twelve months, and only the months with events link", async () => {
    const chart = readChart(await page(out, "timeline/2025/index.html"))!;
    assert.equal(chart.columns.length, 12);
    assert.deepEqual(
      chart.columns.map((c) => c?.href),
      ["/timeline/2025/#m-2025-1", "/timeline/2025/#m-2025-2", ...new Array<undefined>(10).fill(undefined)],
    );
    assert.deepEqual(
      chart.drawn,
      new Map([
        [0, 40],
        [1, 15],
      ]),
    );
    assert.match(chart.markup, /<div class="chart-axis chart-months" aria-hidden="true"><span>Jan<\/span>/);
    assert.ok(!chart.markup.includes("chart-years"), "no row of years on the year's own page");
    const y2023 = readChart(await page(out, "timeline/2023/index.html"))!;
    assert.deepEqual(
      y2023.rows.map((r) => [r.label, r.count]),
      [
        ["2023, month not given", 1],
        ["March 2023", 3],
      ],
    );
  });

  it("an entity's first page charts its own events; its later pages and one-month entities have none", async () => {
    const first = readChart(await page(out, "places/al-qaim/index.html"))!;
    assert.ok(first, "al-Qaim's first page has a chart");
    assert.deepEqual(
      first.drawn,
      new Map([
        [11, 1],
        [12, 40],
        [13, 15],
      ]),
      "December 2024, then January and February 2025 (the draft left out)",
    );
    assert.equal(first.columns.length, 24, "2024-2025 by month");
    assert.match(first.markup, /<title id="chart-entity-title">al-Qaim: events per month, 2024–2025<\/title>/);
    assert.ok(await exists(out, "places/al-qaim/page/2/index.html"));
    assert.equal(readChart(await page(out, "places/al-qaim/page/2/index.html")), undefined);
    assert.equal(readChart(await page(out, "places/quiet/index.html")), undefined, "two events in one month: no chart");
  });

  it("escapes an entity's name in the chart's title", async () => {
    const html = await page(out, "places/bad-place/index.html");
    const chart = readChart(html)!;
    assert.ok(
      chart.markup.includes(`<title id="chart-entity-title">${INJECTED_HTML}: events per month, 2023–2024</title>`),
    );
    assert.ok(!html.includes("<script>alert(1)"));
  });

  it("long spans go per year: each bar with events opens its year's page", async () => {
    const chart = readChart(await page(long, "index.html"))!;
    assert.match(chart.markup, /<figure class="chart chart-year">/);
    assert.deepEqual(
      chart.columns.map((c) => c?.text),
      [
        "2016: 1 event",
        "2017: 2 events",
        "2018: 1 event",
        undefined,
        "2020: 1 event",
        "2021: 1 event",
        "2022: 1 event",
        "2023: 1 event",
        "2024: 3 events",
      ],
    );
    assert.deepEqual(
      chart.drawn,
      new Map([
        [0, 1],
        [1, 2],
        [2, 1],
        [4, 1],
        [5, 1],
        [6, 1],
        [7, 1],
        [8, 3],
      ]),
    );
    for (const column of chart.columns)
      if (column) assert.ok(await exists(long, `${column.href}index.html`), column.href);
    assert.deepEqual(
      chart.rows.map((r) => [r.label, r.count]),
      chart.columns.flatMap((c) => (c ? [[c.text.split(":")[0], Number(c.text.split(" ")[1])]] : [])),
    );
  });

  it("an empty timeline has no chart", async () => {
    assert.equal(readChart(await page(empty, "index.html")), undefined);
  });
});

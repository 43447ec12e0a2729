// Renders a small hand-built model with Eleventy into a fresh temporary folder and reads the pages back.
// Nothing here depends on a previous build: every run renders its own output.
import { strict as assert } from "node:assert";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildTimeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { fontFiles } from "../src/site/fonts.ts";
import { PAGES_DIR, renderSite } from "../src/render/render.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../src/model/entity-kinds.ts";
import { PAGE_TEMPLATES } from "../src/render/templates.ts";
import { calendarDate as date, makeEntity as entity, makeEvent as event, makeModel } from "./model-builders.ts";
import { makeSite } from "./model-builders.ts";

const ARABIC_TITLE = "إعادة فتح منفذ القائم الحدودي";
const INJECTED_TITLE = "Crossing closed <script>alert(1)</script>";

function sampleModel(): Model {
  const places = [
    entity("place", "iraq", "Iraq", { category: "country" }),
    entity("place", "al-qaim-border-crossing", "al-Qaim border crossing", {
      category: "border-crossing",
      within: "iraq",
      aliases: ["القائم", "Husaybah"],
      description: "The main crossing.\n\n<script>alert(1)</script>",
    }),
  ];
  const actors = [
    entity("actor", "iraqi-border-guards", "Iraqi Border Guards", { category: "state-force" }),
    entity("actor", "syrian-arab-army", "Syrian Arab Army", { aliases: ["SAA"] }),
  ];
  const figures = [
    entity("figure", "hayder-karkhi", "Hayder Karkhi", { role: "spokesperson", affiliations: ["iraqi-border-guards"] }),
  ];
  const events = [
    event({
      id: "offensive-begins",
      title: "Offensive begins",
      date: date("2024-11-27"),
      actors: ["syrian-arab-army"],
      summary: "An offensive begins.",
    }),
    event({
      id: "soldiers-seek-refuge",
      title: "Syrian soldiers seek refuge in Iraq",
      date: date("2024-12"),
      circa: true,
      places: ["al-qaim-border-crossing"],
      actors: ["syrian-arab-army", "iraqi-border-guards"],
    }),
    event({
      id: "deployment",
      title: "Forces deploy along the border",
      date: date("2024-12-08"),
      end: date("2024-12-12"),
      places: ["iraq"],
    }),
    event({
      id: "crossing-reopens",
      title: ARABIC_TITLE,
      date: date("2024-12-19"),
      places: ["al-qaim-border-crossing"],
      actors: ["iraqi-border-guards", "syrian-arab-army"],
      figures: ["hayder-karkhi"],
      counts: [{ label: "soldiers returned", value: 2000 }],
      tags: ["border"],
      summary: "أعاد العراق فتح المنفذ.",
      body: "Nearly 2,000 soldiers returned. {{ 7*7 }} {% raw %}\n\n<script>alert(2)</script> [bad](javascript:alert(3))",
      sources: [
        {
          url: "https://www.rudaw.net/english/a",
          title: "Border crossing remains closed",
          publisher: "Rudaw",
          date: date("2024-12-22"),
        },
        { url: "javascript:alert(4)", title: "<script>alert(5)</script>", publisher: "Injected" },
      ],
      updated: date("2024-12-23"),
    }),
    event({
      id: "still-closed",
      title: INJECTED_TITLE,
      date: date("2025-01-03"),
      places: ["al-qaim-border-crossing"],
      figures: ["hayder-karkhi"],
    }),
    event({ id: "unpublished", title: "Work in progress", date: date("2025-02-01"), draft: true }),
  ];
  return makeModel(events, { places, actors, figures });
}

async function render(drafts: boolean, options: { batchPages?: number } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-render-"));
  const model = sampleModel();
  await renderSite({ model, timeline: buildTimeline(model, { drafts }), drafts }, dir, options);
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** What a reader sees: tags removed, the few entities we emit decoded, white space collapsed. */
function visibleText(page: string): string {
  return page
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("renderSite", () => {
  let out = "";
  let published = "";
  const page = (p: string, root = out) => readFile(path.join(root, p), "utf8");

  before(async () => {
    out = await render(true);
    published = await render(false);
  });
  after(async () => {
    for (const dir of [out, published]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes every page: home, timeline, years, events, entities, indexes, 404 and the stylesheet", async () => {
    const files = await listFiles(out);
    const expected = [
      "index.html",
      "404.html",
      "assets/style.css",
      "assets/search.js",
      // Embeds: their stylesheet and scripts, the timeline's embed and each entity's, with their oEmbed JSON.
      "assets/embed.css",
      "assets/embed.js",
      "assets/embed-page.js",
      "embed/index.html",
      "embed/oembed.json",
      ...fontFiles().map((font) => font.url.slice(1)),
      "search/index.html",
      "timeline/index.html",
      "timeline/2024/index.html",
      "timeline/2025/index.html",
      ...[
        "offensive-begins",
        "soldiers-seek-refuge",
        "deployment",
        "crossing-reopens",
        "still-closed",
        "unpublished",
      ].map((id) => `events/${id}/index.html`),
      "places/index.html",
      "places/iraq/index.html",
      "places/al-qaim-border-crossing/index.html",
      "actors/index.html",
      "actors/iraqi-border-guards/index.html",
      "actors/syrian-arab-army/index.html",
      "figures/index.html",
      "figures/hayder-karkhi/index.html",
      // Feeds (src/feeds/) and open data (src/export/): site-wide, and one feed beside each entity page.
      "feed.xml",
      "feed.json",
      // Corrections (none here: the page says so) and their feed.
      "corrections/index.html",
      "corrections/feed.xml",
      ...[
        "places/iraq",
        "places/al-qaim-border-crossing",
        "actors/iraqi-border-guards",
        "actors/syrian-arab-army",
        "figures/hayder-karkhi",
      ].map((p) => `${p}/feed.xml`),
      ...[
        "places/iraq",
        "places/al-qaim-border-crossing",
        "actors/iraqi-border-guards",
        "actors/syrian-arab-army",
        "figures/hayder-karkhi",
      ].flatMap((p) => [`embed/${p}/index.html`, `embed/${p}/oembed.json`]),
      ...[
        "events.json",
        "events.schema.json",
        "events.csv",
        "events.geojson",
        "timelinejs.json",
        "withdrawn.json",
        "withdrawn.csv",
      ].map((f) => `data/${f}`),
    ].sort();
    assert.deepEqual(files, expected);
  });

  it("renders the same site, byte for byte, in batches of a few pages as in one run", async () => {
    const batched = await render(false, { batchPages: 3 });
    try {
      const files = await listFiles(published);
      assert.deepEqual(await listFiles(batched), files);
      for (const file of files)
        assert.ok((await readFile(path.join(batched, file))).equals(await readFile(path.join(published, file))), file);
    } finally {
      await rm(batched, { recursive: true, force: true });
    }
  });

  it("leaves drafts out unless drafts are on", async () => {
    const files = await listFiles(published);
    assert.ok(!files.includes("events/unpublished/index.html"));
    assert.ok(files.includes("events/still-closed/index.html"));
    assert.ok(!(await page("timeline/index.html", published)).includes("Work in progress"));
  });

  it("marks a draft with a visible Draft badge", async () => {
    assert.match(visibleText(await page("events/unpublished/index.html")), /2025 Draft Work in progress/);
    assert.ok(!(await page("events/still-closed/index.html")).includes("badge-draft"));
  });

  it("never emits a <script> element anywhere but on the search page and the embeds, which load only our own scripts", async () => {
    for (const root of [out, published]) {
      for (const file of await listFiles(root)) {
        const text = await page(file, root);
        if (file === "assets/search.js") continue;
        if (/^embed\/.*index\.html$/.test(file)) {
          assert.deepEqual(text.match(/<script[^>]*>/gi), [`<script src="/assets/embed-page.js" defer>`], file);
          continue;
        }
        // Data files (JSON, CSV) hold titles as the text they are, `<script>` included; only markup is checked.
        if (!/\.(html|xml)$/.test(file)) continue;
        if (file === "search/index.html") {
          assert.deepEqual(text.match(/<script[^>]*>/gi), [`<script type="module" src="/assets/search.js">`]);
          continue;
        }
        assert.ok(!/<script/i.test(text), `${file} contains <script`);
        assert.ok(!/href="\s*javascript:/i.test(text), `${file} links to javascript:`);
      }
    }
  });

  it("shows injected markup in titles escaped, as text", async () => {
    const html = await page("events/still-closed/index.html");
    assert.ok(html.includes(`<h1 dir="auto">Crossing closed &lt;script&gt;alert(1)&lt;/script&gt;</h1>`));
    assert.ok(html.includes("<title>Crossing closed &lt;script&gt;alert(1)&lt;/script&gt; · Border Timeline</title>"));
    assert.ok((await page("timeline/index.html")).includes("Crossing closed &lt;script&gt;alert(1)&lt;/script&gt;"));
  });

  it("shows dates at their precision, with circa and ranges", async () => {
    const timeline = visibleText(await page("timeline/index.html"));
    for (const text of [
      "27 November 2024",
      "c. December 2024",
      "8–12 December 2024",
      "19 December 2024",
      "3 January 2025",
    ]) {
      assert.ok(timeline.includes(text), text);
    }
    const html = await page("events/crossing-reopens/index.html");
    assert.ok(html.includes(`<time datetime="2024-12-19" dir="auto">19 December 2024</time>`));
    assert.ok(
      (await page("events/soldiers-seek-refuge/index.html")).includes(
        `<time datetime="2024-12" dir="auto">c. December 2024</time>`,
      ),
    );
  });

  it("groups the timeline by year and month, oldest first", async () => {
    const text = visibleText(await page("timeline/index.html"));
    const order = [
      "2024",
      "November 2024",
      "Offensive begins",
      "December 2024",
      "Syrian soldiers seek refuge",
      "Forces deploy",
      ARABIC_TITLE,
      "2025",
      "January 2025",
      "Crossing closed",
    ];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      assert.ok(next > at, `${part} out of order`);
      at = next;
    }
  });

  it("renders the event page: entities, counts, body, sources, updated, tags", async () => {
    const html = await page("events/crossing-reopens/index.html");
    const text = visibleText(html);
    assert.ok(html.includes(`<article class="event" data-pagefind-body>`));
    assert.ok(html.includes(`<a href="/places/al-qaim-border-crossing/" dir="auto">al-Qaim border crossing</a>`));
    assert.ok(html.includes(`<a href="/actors/iraqi-border-guards/" dir="auto">Iraqi Border Guards</a>`));
    assert.ok(html.includes(`<a href="/figures/hayder-karkhi/" dir="auto">Hayder Karkhi</a>`));
    assert.ok(html.includes(`<dt dir="auto">soldiers returned</dt><dd>2,000</dd>`));
    assert.ok(text.includes("{{ 7*7 }} {% raw %}"), "template syntax is printed as written");
    assert.ok(!text.includes("49"));
    assert.ok(
      text.includes("<script>alert(2)</script> [bad](javascript:alert(3))"),
      "raw HTML and bad links shown as text",
    );
    assert.ok(
      html.includes(
        `<a href="https://www.rudaw.net/english/a" rel="noopener noreferrer">Border crossing remains closed</a>`,
      ),
    );
    assert.ok(text.includes("Rudaw , 22 December 2024"));
    assert.ok(
      html.includes(`<cite dir="auto">&lt;script&gt;alert(5)&lt;/script&gt;</cite>`),
      "unsafe source URL dropped, title kept as text",
    );
    assert.ok(text.includes("Updated 23 December 2024"));
    assert.ok(html.includes(`<li dir="auto">border</li>`));
  });

  it("gives the Arabic title and every content text dir=auto", async () => {
    const html = await page("events/crossing-reopens/index.html");
    assert.ok(html.includes(`<h1 dir="auto">${ARABIC_TITLE}</h1>`));
    assert.ok(
      (await page("timeline/index.html")).includes(
        `<h4 class="card-title" dir="auto"><a href="/events/crossing-reopens/">${ARABIC_TITLE}</a></h4>`,
      ),
    );
    assert.ok((await page("index.html")).includes(`<p class="card-summary" dir="auto">أعاد العراق فتح المنفذ.</p>`));
    assert.ok(
      (await page("places/al-qaim-border-crossing/index.html")).includes(
        `<span class="alias" dir="auto">القائم</span>`,
      ),
    );
  });

  it("links each event to its neighbours in time", async () => {
    const html = await page("events/crossing-reopens/index.html");
    assert.match(
      html,
      /<a class="pager-prev" rel="prev" href="\/events\/deployment\/">.*Forces deploy along the border/,
    );
    assert.match(
      html,
      /<a class="pager-next" rel="next" href="\/events\/still-closed\/">.*Crossing closed &lt;script&gt;/,
    );
    const first = await page("events/offensive-begins/index.html");
    assert.ok(!first.includes('rel="prev"') && first.includes('rel="next"'));
    assert.ok(!(await page("events/still-closed/index.html", published)).includes('rel="next"'));
  });

  it("renders year pages with links to the neighbouring years", async () => {
    const y2024 = await page("timeline/2024/index.html");
    assert.ok(y2024.includes("<h1>2024</h1>"));
    assert.ok(y2024.includes(`rel="next" href="/timeline/2025/"`));
    assert.ok(!y2024.includes(`rel="prev"`));
    assert.ok(!y2024.includes("Crossing closed"), "a year page holds only its own events");
  });

  it("renders the home page: title, coverage, year span, latest events newest first", async () => {
    const html = await page("index.html", published);
    const text = visibleText(html);
    assert.ok(html.includes(`<html lang="en" dir="ltr">`));
    assert.ok(text.includes("Border Timeline") && text.includes("Events at the border."));
    assert.match(text, /5 events from 2024 ?– ?2025/);
    assert.ok(html.includes(`<a href="/timeline/2024/">2024</a>–<a href="/timeline/2025/">2025</a>`));
    assert.ok(text.indexOf("Crossing closed") < text.indexOf("Offensive begins"), "newest first");
    assert.ok(html.includes(`<form class="site-search" action="/search/" method="get" role="search">`));
  });

  it("renders entity pages with their events newest first", async () => {
    const html = await page("places/al-qaim-border-crossing/index.html");
    const text = visibleText(html);
    assert.ok(html.includes(`<h1 dir="auto">al-Qaim border crossing</h1>`));
    assert.ok(text.includes("border crossing"));
    assert.ok(html.includes(`<a href="/places/iraq/" dir="auto">Iraq</a>`), "within links to the enclosing place");
    assert.ok(text.includes("<script>alert(1)</script>"), "description HTML shown as text");
    assert.ok(
      text.indexOf("Crossing closed") < text.indexOf(ARABIC_TITLE) &&
        text.indexOf(ARABIC_TITLE) < text.indexOf("Syrian soldiers"),
    );
    const figure = visibleText(await page("figures/hayder-karkhi/index.html"));
    assert.ok(figure.includes("spokesperson") && figure.includes("Iraqi Border Guards"));
  });

  it("lists every entity A–Z with its event count on the indexes", async () => {
    const text = visibleText(await page("places/index.html"));
    assert.ok(text.indexOf("al-Qaim border crossing") < text.indexOf("Iraq "), text);
    assert.match(text, /al-Qaim border crossing border crossing 3 events/);
    assert.match(visibleText(await page("actors/index.html")), /Syrian Arab Army 3 events/);
    assert.match(visibleText(await page("figures/index.html")), /Hayder Karkhi spokesperson 2 events/);
  });

  it("keeps every event page under 50 kB", async () => {
    for (const file of (await listFiles(out)).filter((f) => f.startsWith("events/"))) {
      assert.ok((await stat(path.join(out, file))).size < 50_000, file);
    }
  });

  it("refuses an id that is not a slug, writing nothing outside the output folder", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-render-bad-"));
    try {
      const model = sampleModel();
      model.events[0]!.id = "../../escaped";
      await assert.rejects(
        renderSite({ model, timeline: buildTimeline(model, { drafts: false }), drafts: false }, path.join(dir, "out")),
        /not a slug/,
      );
      assert.deepEqual(await readdir(dir), []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the timeline page of a large archive", () => {
  it("shows the chart and every year, each linked, instead of every event", async () => {
    const { FULL_TIMELINE_EVENTS } = await import("../src/site/site-data.ts");
    const events = Array.from({ length: FULL_TIMELINE_EVENTS + 1 }, (_, i) =>
      event({
        id: `e-${i}`,
        title: `Event number ${i}`,
        date: date(`${2010 + (i % 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`),
      }),
    ).sort((a, b) => a.date.text.localeCompare(b.date.text) || a.id.localeCompare(b.id)); // as the loader sorts them
    const site = makeSite({ title: "Large", description: "" });
    const model: Model = { site, events, places: new Map(), actors: new Map(), figures: new Map() };
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-large-"));
    try {
      await renderSite({ model, timeline: buildTimeline(model, { drafts: false }), drafts: false }, dir);
      const page = await readFile(path.join(dir, "timeline/index.html"), "utf8");
      assert.doesNotMatch(page, /Event number/, "no event cards");
      for (let year = 2010; year < 2022; year++) assert.match(page, new RegExp(`href="/timeline/${year}/"`));
      assert.match(page, /501 events/);
      assert.match(await readFile(path.join(dir, "timeline/2010/index.html"), "utf8"), /Event number 0/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a site without a description", () => {
  it("names itself in the footer without a dash after its title, and its pages carry no empty description", async () => {
    const site = makeSite({ title: "Crossings", description: "" });
    const events = [event({ id: "gate-opens", title: "The gate opens", date: date("2024-12-08") })];
    const model: Model = { site, events, places: new Map(), actors: new Map(), figures: new Map() };
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-no-description-"));
    try {
      await renderSite({ model, timeline: buildTimeline(model, { drafts: false }), drafts: false }, dir);
      for (const file of ["index.html", "events/gate-opens/index.html"]) {
        const page = await readFile(path.join(dir, file), "utf8");
        assert.match(
          page,
          /<footer class="site-footer">\n<div class="wrap footer-inner">\n<p dir="auto"><a href="\/">Crossings<\/a><\/p>/,
        );
        assert.doesNotMatch(page, /content=""/, file);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("page templates", () => {
  it("hands Eleventy every template file in src/pages and the templates of each kind, once each", async () => {
    const files = (await readdir(PAGES_DIR))
      .filter((name) => name.endsWith(".11ty.ts"))
      .map((name) => name.replace(/\.ts$/, ".js"));
    const perKind = ENTITY_KINDS.flatMap((kind) => {
      const { urlSegment } = ENTITY_KIND[kind];
      return [
        `${kind}.11ty.js`,
        `${urlSegment}.11ty.js`,
        `feed-${kind}.11ty.js`,
        `embed-${kind}.11ty.js`,
        `oembed-${kind}.11ty.js`,
      ];
    });
    assert.deepEqual(PAGE_TEMPLATES.map(([virtualPath]) => virtualPath).sort(), [...files, ...perKind].sort());
    for (const [virtualPath, template] of PAGE_TEMPLATES)
      assert.equal(typeof (template as { render?: unknown }).render, "function", `${virtualPath} renders`);
  });
});

// Entity pages and indexes, rendered from a hand-built model with renderSite into a fresh temporary
// folder: names, exact counts, breadcrumbs, rolled-up events, pagination, A–Z, the place tree,
// implicit entities, escaping and script direction. Nothing depends on a previous build.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Entity, Model, TimelineEvent } from "../src/model/types.ts";
import { calendarDate, makeEntity, makeEvent, makeModel } from "./model-builders.ts";
import { renderedSite } from "./rendered-site.ts";

const date = calendarDate;
const event = (id: string, when: string, fields: Partial<TimelineEvent> = {}): TimelineEvent =>
  makeEvent({ id, title: `Event ${id}`, date: date(when), ...fields });
const entity = makeEntity;

const INJECTED = "Bad <script>alert(1)</script> & Co";
const INJECTED_HTML = "Bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co";
const ARABIC_ALIAS = "الأنبار";
const ARABIC_NAME = "البوكمال";

/** 120 events at the al-Qaim crossing (2022-2024), a few elsewhere: Iraq, Anbar and al-Qaim run to 3 pages. */
function sampleModel(): Model {
  const places = [
    entity("place", "iraq", "Iraq", { category: "country" }),
    entity("place", "anbar", "Anbar", {
      category: "governorate",
      within: "iraq",
      aliases: ["Anbar province", ARABIC_ALIAS],
    }),
    entity("place", "al-qaim", "al-Qaim", { category: "district", within: "anbar" }),
    entity("place", "al-qaim-border-crossing", "al-Qaim border crossing", {
      category: "border-crossing",
      within: "al-qaim",
      description: "The main crossing. **Closed** in December 2024.\n\n<script>alert(2)</script>",
      coordinates: [34.43, 40.95],
    }),
    entity("place", "baghdad", "Baghdad", { category: "city", within: "iraq" }),
    entity("place", "syria", "Syria", { category: "country" }),
    entity("place", "bukamal-ar", ARABIC_NAME, { within: "syria" }),
    entity("place", "1st-district", "1st District", { within: "baghdad" }),
    entity("place", "elysee", "Élysée"),
    entity("place", "bad-place", INJECTED, { within: "syria" }),
    { ...entity("place", "husaybah", "Husaybah"), implicit: true, file: undefined } satisfies Entity,
  ];
  const actors = [
    entity("actor", "iraqi-armed-forces", "Iraqi Armed Forces", { category: "state-force" }),
    entity("actor", "8th-brigade", "8th Brigade", { within: "iraqi-armed-forces" }),
    entity("actor", "iraqi-border-guards", "Iraqi Border Guards", { category: "state-force" }),
  ];
  const figures = [
    entity("figure", "hayder-karkhi", "Hayder Karkhi", {
      role: "spokesperson, Iraqi border guards",
      affiliations: ["iraqi-border-guards"],
    }),
  ];
  const events: TimelineEvent[] = [];
  for (let i = 0; i < 120; i++) {
    const year = 2022 + Math.floor(i / 40);
    const month = String((Math.floor(i / 4) % 10) + 1).padStart(2, "0");
    const day = String((i % 4) * 7 + 1).padStart(2, "0");
    events.push(
      event(`crossing-${String(i).padStart(3, "0")}`, `${year}-${month}-${day}`, {
        places: ["al-qaim-border-crossing"],
        actors: ["iraqi-border-guards"],
        figures: i % 3 === 0 ? ["hayder-karkhi"] : [],
      }),
    );
  }
  events.push(
    event("in-baghdad", "2024-12-20", { places: ["baghdad"], actors: ["8th-brigade"] }),
    event("at-husaybah", "2024-12-21", { places: ["husaybah"] }),
    event("bad", "2024-12-22", { places: ["bad-place"], title: "About the bad place" }),
    event("draft", "2024-12-23", { places: ["anbar"], draft: true }),
  );
  return makeModel(events, { places, actors, figures });
}

/** What a reader sees: tags removed, the entities we emit decoded, white space collapsed. */
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

/** The first element with this class, as HTML (no nesting of the same tag inside, which suffices here). */
function section(page: string, tag: string, className: string): string {
  const start = page.indexOf(`<${tag} class="${className}"`);
  assert.ok(start >= 0, `no <${tag} class="${className}">`);
  return page.slice(start, page.indexOf(`</${tag}>`, start));
}

const hrefs = (fragment: string) => [...fragment.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe("entity pages", () => {
  const { page, exists } = renderedSite("entities", sampleModel);

  it("gives each entity its name as the h1 and its kind", async () => {
    const html = await page("places/al-qaim-border-crossing/index.html");
    assert.ok(html.includes(`<h1 dir="auto">al-Qaim border crossing</h1>`));
    assert.ok(html.includes("<title>al-Qaim border crossing · Border Timeline</title>"));
    assert.match(visibleText(html), /Kind border crossing/);
    assert.ok((await page("actors/8th-brigade/index.html")).includes(`<h1 dir="auto">8th Brigade</h1>`));
  });

  it('states the number of events exactly, "1 event" in the singular, rolled-up events included', async () => {
    const count = async (p: string) => /<strong class="entity-count">([^<]*)<\/strong>/.exec(await page(p))?.[1];
    assert.equal(await count("places/al-qaim-border-crossing/index.html"), "120 events");
    assert.equal(await count("places/anbar/index.html"), "120 events", "the draft is left out");
    assert.equal(await count("places/iraq/index.html"), "121 events");
    assert.equal(await count("places/baghdad/index.html"), "1 event");
    assert.equal(await count("places/elysee/index.html"), "0 events");
    assert.equal(await count("actors/iraqi-armed-forces/index.html"), "1 event");
    assert.equal(await count("figures/hayder-karkhi/index.html"), "40 events");
    assert.match(
      visibleText(await page("places/anbar/index.html")),
      /120 events ?, 1 January 2022 – 22 October 2024 120 of them at places within Anbar/,
    );
  });

  it("shows where an entity lies as breadcrumbs, outermost first, each linked", async () => {
    const crumbs = section(await page("places/al-qaim-border-crossing/index.html"), "nav", "breadcrumbs");
    assert.deepEqual(hrefs(crumbs), ["/places/", "/places/iraq/", "/places/anbar/", "/places/al-qaim/"]);
    assert.match(visibleText(crumbs), /Places › Iraq › Anbar › al-Qaim/);
    assert.deepEqual(hrefs(section(await page("actors/8th-brigade/index.html"), "nav", "breadcrumbs")), [
      "/actors/",
      "/actors/iraqi-armed-forces/",
    ]);
    assert.deepEqual(hrefs(section(await page("places/iraq/index.html"), "nav", "breadcrumbs")), ["/places/"]);
  });

  it("lists what lies within an entity, linked, with counts", async () => {
    const within = section(await page("places/iraq/index.html"), "section", "aside-block");
    assert.match(visibleText(within), /Within Iraq Anbar 120 events Baghdad 1 event/);
    assert.deepEqual(hrefs(within), ["/places/anbar/", "/places/baghdad/"]);
    assert.match(
      visibleText(await page("actors/iraqi-armed-forces/index.html")),
      /Within Iraqi Armed Forces 8th Brigade 1 event/,
    );
  });

  it("says where a rolled-up event happened, linked, and nothing for a direct one", async () => {
    const anbar = await page("places/anbar/index.html");
    assert.ok(
      anbar.includes(
        `<p class="rail-via">at <a href="/places/al-qaim-border-crossing/" dir="auto">al-Qaim border crossing</a></p>`,
      ),
    );
    assert.ok(!(await page("places/al-qaim-border-crossing/index.html")).includes("rail-via"));
    const forces = await page("actors/iraqi-armed-forces/index.html");
    assert.ok(forces.includes(`<p class="rail-via">via <a href="/actors/8th-brigade/" dir="auto">8th Brigade</a></p>`));
  });

  it("lists events newest first under year headings", async () => {
    const text = visibleText(await page("places/al-qaim-border-crossing/index.html"));
    assert.ok(text.indexOf("Event crossing-119") < text.indexOf("Event crossing-118"));
    assert.match(text, /2024 40 events 22 October 2024 Event crossing-119/);
    assert.match(text, /2023 40 events · continues on the next page/);
    assert.ok(text.indexOf("2024 40 events") < text.indexOf("2023 40 events"));
    assert.match(text, /120 events ?, 1 January 2022 – 22 October 2024/);
  });

  it("paginates past 50 events: page 1 at the plain URL, later pages under page/N/, linked both ways", async () => {
    for (const p of ["places/anbar/index.html", "places/anbar/page/2/index.html", "places/anbar/page/3/index.html"])
      assert.ok(await exists(p), p);
    assert.equal(await exists("places/anbar/page/4/index.html"), false);
    assert.equal(await exists("places/anbar/page/1/index.html"), false, "page 1 is the plain URL");
    assert.equal(await exists("places/baghdad/page/2/index.html"), false);

    const first = await page("places/anbar/index.html");
    const second = await page("places/anbar/page/2/index.html");
    const third = await page("places/anbar/page/3/index.html");
    assert.ok(first.includes(`rel="next" href="/places/anbar/page/2/"`));
    assert.ok(!first.includes(`rel="prev"`));
    assert.ok(
      second.includes(`rel="prev" href="/places/anbar/"`) && second.includes(`rel="next" href="/places/anbar/page/3/"`),
    );
    assert.ok(third.includes(`rel="prev" href="/places/anbar/page/2/"`) && !third.includes(`rel="next"`));
    for (const html of [first, second, third]) {
      const nav = section(html, "nav", "page-nav");
      const numbers = [...nav.matchAll(/class="page-number" href="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(numbers, ["/places/anbar/", "/places/anbar/page/2/", "/places/anbar/page/3/"]);
      assert.ok(html.includes(`<h1 dir="auto">Anbar</h1>`), "the header is on every page");
      assert.ok(html.includes(`<strong class="entity-count">120 events</strong>`), "the count is on every page");
      assert.equal((html.match(/class="card-title"/g) ?? []).length, html === third ? 20 : 50);
    }
    assert.ok(second.includes(`<a class="page-number" href="/places/anbar/page/2/" aria-current="page">`));
    assert.match(visibleText(second), /Page 2 of 3: events 51–100 of 120, newest first\./);
    assert.match(visibleText(second), /2023 40 events · continued/);
    assert.ok(second.includes("<title>Anbar (page 2 of 3) · Border Timeline</title>"));
    assert.ok(second.includes(`<h3 class="rail-year-label" id="y-2023">2023</h3>`));
  });

  it("links to the search page filtered to the entity, the name URL-encoded", async () => {
    const html = await page("places/al-qaim-border-crossing/index.html");
    assert.ok(
      html.includes(
        `<a class="entity-search" href="/search/?place=al-Qaim%20border%20crossing">Search events for <bdi>al-Qaim border crossing</bdi></a>`,
      ),
    );
    assert.ok(html.includes(`<a class="entity-feed" href="/places/al-qaim-border-crossing/feed.xml">Atom feed</a>`));
    assert.ok((await page("actors/8th-brigade/index.html")).includes(`href="/search/?actor=8th%20Brigade"`));
    assert.ok((await page("figures/hayder-karkhi/index.html")).includes(`href="/search/?figure=Hayder%20Karkhi"`));
    assert.ok(
      (await page("places/bad-place/index.html")).includes(
        `href="/search/?place=Bad%20%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%26%20Co"`,
      ),
    );
  });

  it("renders the description as Markdown, raw HTML shown as text", async () => {
    const html = await page("places/al-qaim-border-crossing/index.html");
    assert.ok(html.includes(`<p dir="auto">The main crossing. <strong>Closed</strong> in December 2024.</p>`));
    assert.ok(visibleText(html).includes("<script>alert(2)</script>"));
    assert.match(visibleText(html), /Coordinates 34\.43° N, 40\.95° E/);
  });

  it("gives a figure its role and linked affiliations, and the entities named with it, with counts", async () => {
    const html = await page("figures/hayder-karkhi/index.html");
    assert.match(visibleText(html), /Role spokesperson, Iraqi border guards Affiliations Iraqi Border Guards/);
    assert.ok(html.includes(`<a href="/actors/iraqi-border-guards/" dir="auto">Iraqi Border Guards</a>`));
    const related = section(html, "aside", "entity-aside");
    assert.match(
      visibleText(related),
      /Named most with Places al-Qaim border crossing 40 events together Actors Iraqi Border Guards 40 events together/,
    );
    assert.ok(related.includes(`href="/places/al-qaim-border-crossing/"`));
  });

  it("says plainly that no file describes an implicit entity, and which file would", async () => {
    const text = visibleText(await page("places/husaybah/index.html"));
    assert.match(text, /No file describes this place yet\./);
    assert.ok(text.includes("content/places/husaybah.md"));
    assert.match(text, /1 event/);
    assert.ok(!visibleText(await page("places/anbar/index.html")).includes("No file describes"));
  });

  it("escapes a name with markup everywhere it appears", async () => {
    const own = await page("places/bad-place/index.html");
    assert.ok(own.includes(`<h1 dir="auto">${INJECTED_HTML}</h1>`));
    assert.ok(own.includes(`<title>${INJECTED_HTML} · Border Timeline</title>`));
    assert.ok((await page("places/syria/index.html")).includes(`dir="auto">${INJECTED_HTML}</a>`));
    assert.ok((await page("places/index.html")).includes(`dir="auto">${INJECTED_HTML}</a>`));
    for (const p of [
      "places/bad-place/index.html",
      "places/syria/index.html",
      "places/index.html",
      "events/bad/index.html",
    ]) {
      assert.ok(!/<script/i.test(await page(p)), `${p} contains <script`);
    }
  });

  it("gives aliases, Arabic among them, dir=auto", async () => {
    const html = await page("places/anbar/index.html");
    assert.ok(html.includes(`<span class="alias" dir="auto">${ARABIC_ALIAS}</span>`));
    assert.ok(html.includes(`<span class="alias" dir="auto">Anbar province</span>`));
    assert.ok((await page("places/bukamal-ar/index.html")).includes(`<h1 dir="auto">${ARABIC_NAME}</h1>`));
  });
});

describe("entity indexes", () => {
  const { page } = renderedSite("entity-index", sampleModel);

  it("lists every place A–Z under letter headings, other scripts under their own letter and digits under #", async () => {
    const html = await page("places/index.html");
    const az = html.slice(html.indexOf(`id="a-z"`), html.indexOf(`id="by-location"`));
    const letters = [...az.matchAll(/<h3 class="letter-heading" id="[^"]+">([^<]+)<\/h3>/g)].map((m) => m[1]);
    assert.deepEqual(letters, ["A", "B", "E", "H", "I", "S", "ا", "#"]);
    const text = visibleText(az);
    const order = [
      "al-Qaim ",
      "al-Qaim border crossing",
      "Anbar",
      INJECTED,
      "Baghdad",
      "Élysée",
      "Husaybah",
      "Iraq",
      "Syria",
      ARABIC_NAME,
      "1st District",
    ];
    let at = -1;
    for (const name of order) {
      const next = text.indexOf(name, at + 1);
      assert.ok(next > at, `${name} out of order in: ${text}`);
      at = next;
    }
    assert.ok(html.includes(`<a href="#letter-e" dir="auto">E</a>`), "letter links");
  });

  it("gives each entity its event count, rolled up, and marks implicit ones", async () => {
    const text = visibleText(await page("places/index.html"));
    assert.match(text, /Iraq country 121 events/);
    assert.match(text, /Anbar governorate 120 events/);
    assert.match(text, /Baghdad city 1 event /);
    assert.match(text, /Élysée 0 events/);
    assert.match(text, /Husaybah no file yet 1 event/);
    assert.match(visibleText(await page("actors/index.html")), /Iraqi Armed Forces state force 1 event/);
    assert.match(
      visibleText(await page("figures/index.html")),
      /Hayder Karkhi spokesperson, Iraqi border guards 40 events/,
    );
  });

  it("puts the ten most active first, most first", async () => {
    const html = await page("places/index.html");
    const active = section(html, "ol", "entity-index most-active");
    assert.ok(html.indexOf("most-active") < html.indexOf(`id="a-z"`));
    const names = [...active.matchAll(/class="index-name"[^>]*>([^<]+)</g)].map((m) => m[1]);
    assert.deepEqual(names.slice(0, 4), ["Iraq", "al-Qaim", "al-Qaim border crossing", "Anbar"]);
    assert.match(visibleText(active), /^ ?Iraq country 121 events al-Qaim district 120 events/);
    assert.equal(names.length, 8, "every place with events, at most ten");
    assert.ok(!names.includes("Élysée"), "entities without events are not ranked");
  });

  it("shows places as a tree by within, each branch a <details>", async () => {
    const html = await page("places/index.html");
    const tree = html.slice(html.indexOf(`<ul class="place-tree">`));
    const text = visibleText(tree);
    for (const [outer, inner] of [
      ["Iraq", "Anbar"],
      ["Anbar", "al-Qaim "],
      ["al-Qaim ", "al-Qaim border crossing"],
      ["Iraq", "Baghdad"],
      ["Baghdad", "1st District"],
      ["Syria", ARABIC_NAME],
    ] as const) {
      assert.ok(text.indexOf(outer) < text.indexOf(inner), `${outer} before ${inner}`);
    }
    assert.match(
      tree,
      /<li class="tree-branch"><a class="tree-name" href="\/places\/iraq\/" dir="auto">Iraq<\/a>.*?<details open><summary class="tree-within">/,
    );
    // al-Qaim border crossing sits three levels deep: inside Iraq's, Anbar's and al-Qaim's lists.
    const crossing = tree.indexOf(`href="/places/al-qaim-border-crossing/"`);
    const before = tree.slice(0, crossing);
    const depth = (before.match(/<ul class="tree-list">/g) ?? []).length - (before.match(/<\/ul>/g) ?? []).length;
    assert.equal(depth, 3);
    assert.match(text, /Élysée 0 events/, "places outside any other are roots");
  });
});

// The search page in a real browser: a small content folder is built with build() (so the Pagefind index
// is the one the build writes), served on 127.0.0.1, and driven in the system Chromium, launched once.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "../../src/build.ts";
import { STEPS_UNASKED } from "../../src/search/browser/archive-search.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";

const XSS_TITLE = `<img src=x onerror=alert(1)> "><svg onload=alert(1)> Injected alert`;
const XSS_PLACE = "<img src=x onerror=alert(1)>";
const XSS_ACTOR = `"><svg onload=alert(1)>`;
const XSS_FIGURE = "<script>alert(1)</script>";
const XSS_TAGS = ["<script>alert(1)</script>", `"><svg onload=alert(1)>`];

const yamlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

const FILES: Record<string, string> = {
  "site.yml": 'title: Browser test\ndescription: Search in a browser.\nlanguage: en\nbaseUrl: ""\n',
  "places/iraq.md": "---\nname: Iraq\nkind: country\n---\n",
  "places/anbar.md": "---\nname: Anbar\nkind: governorate\nwithin: iraq\n---\n",
  "places/al-qaim.md": "---\nname: al-Qaim\nkind: district\nwithin: anbar\n---\n",
  "places/al-qaim-crossing.md": "---\nname: al-Qaim border crossing\nkind: border-crossing\nwithin: al-qaim\n---\n",
  "places/nineveh.md": "---\nname: Nineveh\nkind: governorate\nwithin: iraq\n---\n",
  "places/mosul.md": "---\nname: Mosul\nkind: city\nwithin: nineveh\n---\n",
  "places/syria.md": "---\nname: Syria\nkind: country\n---\n",
  "places/abu-kamal.md": "---\nname: Abu Kamal\nkind: town\nwithin: syria\n---\n",
  "places/injected-place.md": `---\nname: ${yamlString(XSS_PLACE)}\nwithin: syria\n---\n${XSS_FIGURE}\n`,
  "actors/iraqi-border-guards.md": "---\nname: Iraqi Border Guards\n---\n",
  "actors/syrian-arab-army.md": "---\nname: Syrian Arab Army\n---\n",
  "actors/government-of-iraq.md": "---\nname: Government of Iraq\n---\n",
  "actors/injected-actor.md": `---\nname: ${yamlString(XSS_ACTOR)}\n---\n`,
  "figures/hayder-karkhi.md": "---\nname: Hayder Karkhi\n---\n",
  "figures/injected-figure.md": `---\nname: ${yamlString(XSS_FIGURE)}\n---\n`,
  "events/closes.md": event(
    "Iraq closes the al-Qaim crossing",
    "2024-12-07",
    "al-Qaim border crossing",
    "[Government of Iraq, Iraqi Border Guards]",
    "The crossing was closed after the fall of the government in Damascus.",
  ),
  "events/reopens.md": event(
    "Crossing reopens for returning soldiers",
    "2024-12-19",
    "[al-Qaim border crossing, Abu Kamal]",
    "[Iraqi Border Guards, Syrian Arab Army]",
    "Soldiers went home through the crossing.",
    "figures: Hayder Karkhi\ntags: [border, soldiers]",
  ),
  "events/stays-closed.md": event(
    "Guards say the crossing stays closed",
    "2024-12-22",
    "al-Qaim border crossing",
    "Iraqi Border Guards",
    "The spokesperson said the crossing would stay closed.",
    "figures: Hayder Karkhi",
  ),
  "events/army-leaves.md": event(
    "Syrian army leaves Abu Kamal",
    "2024-12-08",
    "Abu Kamal",
    "Syrian Arab Army",
    "Troops left the town near the crossing.",
  ),
  "events/deployment.md": event(
    "Troops deploy in al-Qaim district",
    "2024-12",
    "al-Qaim",
    "Iraqi Border Guards",
    "Reinforcements arrived in the district.",
  ),
  "events/mosul-protest.md": event(
    "Protest in Mosul",
    "2023",
    "Mosul",
    "[]",
    "People gathered in the old city.",
    "tags: [politics]",
  ),
  "events/arabic.md": event(
    "إغلاق معبر القائم الحدودي",
    "2024-12-06",
    "al-Qaim border crossing",
    "[]",
    "أغلقت السلطات العراقية المعبر أمام حركة المسافرين.",
  ),
  "events/injected.md": [
    "---",
    `title: ${yamlString(XSS_TITLE)}`,
    "date: 2024-11-30",
    `location: ${yamlString(XSS_PLACE)}`,
    `actors: [${yamlString(XSS_ACTOR)}]`,
    `figures: [${yamlString(XSS_FIGURE)}]`,
    `tags: [${XSS_TAGS.map(yamlString).join(", ")}]`,
    `summary: ${yamlString(`${XSS_FIGURE} summary alert ${XSS_ACTOR}`)}`,
    `counts:\n  ${yamlString(XSS_PLACE)}: 3`,
    `sources:\n  - title: ${yamlString(XSS_FIGURE)}\n    publisher: ${yamlString(XSS_ACTOR)}`,
    "---",
    `Body alert <script>alert(1)</script> and <img src=x onerror=alert(1)> and "><svg onload=alert(1)>.`,
    "",
  ].join("\n"),
  "events/draft.md": event(
    "Unconfirmed crossing report",
    "2024-12-20",
    "al-Qaim border crossing",
    "[]",
    "Not confirmed.",
    "draft: true",
  ),
};

function event(title: string, date: string, location: string, actors: string, body: string, extra = ""): string {
  return `---\ntitle: ${yamlString(title)}\ndate: ${date}\nlocation: ${location}\nactors: ${actors}\n${extra ? `${extra}\n` : ""}sources: [https://example.org/s]\n---\n${body}\n`;
}

/** Published events, oldest first, by title. */
const OLDEST_FIRST = [
  "Protest in Mosul",
  XSS_TITLE,
  "Troops deploy in al-Qaim district",
  "إغلاق معبر القائم الحدودي",
  "Iraq closes the al-Qaim crossing",
  "Syrian army leaves Abu Kamal",
  "Crossing reopens for returning soldiers",
  "Guards say the crossing stays closed",
];

let root: string;
let server: StaticServer;
/** The same content with its search index in parts of 3 events from the oldest (3, 3 and 2; src/search/parts.ts), searched a part at a time. */
let partsServer: StaticServer;
/** The same content again, each event a part of its own: more parts than a search goes through unasked. */
let eventPartsServer: StaticServer;
let browser: Browser;
/** Shared by the tests that need no special settings: a new page is cheaper than a new context. */
let shared: BrowserContext;
before(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-search-browser-"));
  const content = path.join(root, "content");
  for (const [name, text] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(content, name)), { recursive: true });
    await fs.writeFile(path.join(content, name), text);
  }
  const result = await build({ contentDir: content, outputDir: path.join(root, "_site") });
  assert.equal(result.exitCode, 0, `${result.failure}\n${result.diagnostics.map((d) => d.message).join("\n")}`);
  assert.equal(result.events, OLDEST_FIRST.length);
  server = await serveStatic(path.join(root, "_site"));
  /** The content built with its index in parts of `events`, each searched at a step of its own. */
  const servedInParts = async (folder: string, events: number) => {
    const outputDir = path.join(root, folder);
    const built = await build({
      contentDir: content,
      outputDir,
      eventsPerSearchPart: events,
      searchStepEvents: events,
    });
    assert.equal(built.exitCode, 0, built.failure);
    return serveStatic(outputDir);
  };
  partsServer = await servedInParts("_site-parts", 3);
  eventPartsServer = await servedInParts("_site-event-parts", 1);
  browser = await launchChromium();
  shared = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await partsServer?.close();
  await eventPartsServer?.close();
  await fs.rm(root, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Fails the test if any page showed a dialog or threw. */
  done: () => Promise<void>;
}

/** A fresh page on which any dialog (alert, confirm, prompt) or uncaught error is a failure. */
async function open(
  urlPath: string,
  options: { javaScript?: boolean; viewport?: { width: number; height: number }; site?: StaticServer } = {},
): Promise<Opened> {
  const own = options.javaScript === false ? await browser.newContext({ javaScriptEnabled: false }) : undefined;
  const page = await (own ?? shared).newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${(options.site ?? server).origin}${urlPath}`);
  return {
    page,
    done: async () => {
      await page.close();
      await own?.close();
      assert.deepEqual(dialogs, [], "no dialog may open");
      assert.deepEqual(errors, [], "no script error");
    },
  };
}

/** Waits for the status line to match, then for the results of that search to be on the page. */
async function settled(page: Page, status: RegExp): Promise<string> {
  await page
    .waitForFunction(
      ([source, flags]) => {
        const line = document.getElementById("search-status")?.textContent ?? "";
        return (
          new RegExp(source!, flags).test(line) && !document.getElementById("search-results")?.hasAttribute("aria-busy")
        );
      },
      [status.source, status.flags],
      { timeout: 10_000 },
    )
    .catch(async (error: unknown) => {
      throw new Error(`status "${await page.textContent("#search-status")}" never matched ${String(status)}`, {
        cause: error,
      });
    });
  return (await page.textContent("#search-status")) ?? "";
}

const titles = (page: Page) => page.$$eval("#search-results .card-title", (hs) => hs.map((h) => h.textContent ?? ""));
const query = (page: Page) => new URL(page.url()).searchParams;

/** What the tests call of Pagefind's browser API (/pagefind/pagefind.js). */
interface PagefindModule {
  filters(): Promise<Record<string, unknown>>;
  search(
    term: string | null,
    options: { sort: Record<string, string> },
  ): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** The part of pagefind-entry.json the tests read. */
interface PagefindEntry {
  languages: { en: { page_count: number } };
}

describe("search page", () => {
  it("a query finds the events that mention it, with date, place and a highlighted excerpt", async () => {
    const { page, done } = await open("/search/?q=crossing");
    assert.equal(
      await settled(page, /^\d+ events match “crossing”, best match first\.$/),
      "5 events match “crossing”, best match first.",
    );
    assert.deepEqual(
      new Set(await titles(page)),
      new Set([
        "Iraq closes the al-Qaim crossing",
        "Crossing reopens for returning soldiers",
        "Guards say the crossing stays closed",
        "Syrian army leaves Abu Kamal",
        "إغلاق معبر القائم الحدودي",
      ]),
    );
    const first = page.locator("#search-results li").filter({ hasText: "Guards say the crossing stays closed" });
    assert.equal(await first.locator(".card-date").textContent(), "22 December 2024 · al-Qaim border crossing");
    assert.equal(await first.locator("a").getAttribute("href"), "/events/stays-closed/");
    assert.deepEqual(await first.locator(".search-excerpt mark").allTextContents(), ["crossing"]);
    assert.equal(
      await first.locator(".search-excerpt").textContent(),
      "The spokesperson said the crossing would stay closed.",
    );
    assert.equal(await page.inputValue("#search-q"), "crossing");
    await done();
  });

  it("an actor filter narrows the results, shows its count, and goes into the address", async () => {
    const { page, done } = await open("/search/?q=crossing");
    await settled(page, /^5 events/);
    const guards = page.locator('fieldset[data-facet="actor"] label').filter({ hasText: "Iraqi Border Guards" });
    assert.match((await guards.textContent()) ?? "", /Iraqi Border Guards, 3 events/);
    await guards.locator("input").check();
    await settled(page, /^3 events match “crossing” with these filters/);
    assert.deepEqual(
      new Set(await titles(page)),
      new Set([
        "Iraq closes the al-Qaim crossing",
        "Crossing reopens for returning soldiers",
        "Guards say the crossing stays closed",
      ]),
    );
    assert.deepEqual(query(page).getAll("actor"), ["Iraqi Border Guards"]);
    assert.match(page.url(), /actor=Iraqi%20Border%20Guards/);
    // The checkbox in focus stays the same element while counts update around it.
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value),
      "Iraqi Border Guards",
    );
    assert.equal(await page.locator(".search-chip").textContent(), "Remove filter Group: Iraqi Border Guards×");
    await done();
  });

  it("the place filter on a governorate finds the events in the places within it", async () => {
    const { page, done } = await open("/search/?place=Anbar");
    await settled(page, /^5 events match these filters, newest first\.$/);
    assert.deepEqual(await titles(page), [
      "Guards say the crossing stays closed",
      "Crossing reopens for returning soldiers",
      "Iraq closes the al-Qaim crossing",
      "إغلاق معبر القائم الحدودي",
      "Troops deploy in al-Qaim district",
    ]);
    const other = await open("/search/?place=Nineveh");
    await settled(other.page, /^1 event matches these filters/);
    assert.deepEqual(await titles(other.page), ["Protest in Mosul"]);
    await other.done();
    await done();
  });

  it("orders by date: newest first and oldest first, coarse dates in place, nothing left out", async () => {
    const { page, done } = await open("/search/?sort=newest");
    await settled(page, /^8 events, newest first\.$/);
    assert.deepEqual(await titles(page), [...OLDEST_FIRST].reverse());
    await page.selectOption("#search-sort", "oldest");
    await settled(page, /^8 events, oldest first\.$/);
    assert.deepEqual(await titles(page), OLDEST_FIRST);
    assert.equal(query(page).get("sort"), "oldest");
    await done();
  });

  it("a shared address restores query, filters and order, and Back returns to the previous search", async () => {
    const { page, done } = await open("/search/?q=crossing&actor=Iraqi%20Border%20Guards&sort=oldest");
    await settled(page, /^3 events match “crossing” with these filters, oldest first\.$/);
    assert.deepEqual(await titles(page), [
      "Iraq closes the al-Qaim crossing",
      "Crossing reopens for returning soldiers",
      "Guards say the crossing stays closed",
    ]);
    assert.equal(await page.inputValue("#search-q"), "crossing");
    assert.equal(await page.inputValue("#search-sort"), "oldest");
    assert.equal(await page.isChecked('fieldset[data-facet="actor"] input[value="Iraqi Border Guards"]'), true);
    assert.match(await page.title(), /^“crossing” · Search · Browser test$/);

    await page.locator('fieldset[data-facet="figure"] input[value="Hayder Karkhi"]').check();
    await settled(page, /^2 events match/);
    assert.deepEqual(query(page).getAll("figure"), ["Hayder Karkhi"]);
    await page.goBack();
    await settled(page, /^3 events match “crossing” with these filters, oldest first\.$/);
    assert.equal(await page.isChecked('fieldset[data-facet="figure"] input[value="Hayder Karkhi"]'), false);
    await page.goForward();
    await settled(page, /^2 events match/);
    await done();
  });

  it("typing runs the search and keeps one history entry per typed query", async () => {
    const { page, done } = await open("/search/");
    await settled(page, /^8 events, newest first/);
    const before = await page.evaluate(() => history.length);
    await page.fill("#search-q", "soldiers");
    await settled(page, /match(?:es)? “soldiers”/);
    await page.fill("#search-q", "soldiers home");
    await settled(page, /^1 event matches “soldiers home”/);
    assert.equal(query(page).get("q"), "soldiers home");
    assert.equal(await page.evaluate(() => history.length), before + 1);
    await page.goBack();
    await settled(page, /^8 events, newest first/);
    assert.equal(await page.inputValue("#search-q"), "");
    await done();
  });

  it("an Arabic query finds the Arabic-titled event", async () => {
    const { page, done } = await open("/search/");
    await settled(page, /^8 events/);
    await page.fill("#search-q", "معبر");
    await page.press("#search-q", "Enter");
    await settled(page, /^1 event matches “معبر”/);
    assert.deepEqual(await titles(page), ["إغلاق معبر القائم الحدودي"]);
    // Only the title matched: the excerpt is the event's text, unmarked.
    assert.equal(
      await page.locator("#search-results .search-excerpt").textContent(),
      "أغلقت السلطات العراقية المعبر أمام حركة المسافرين.",
    );
    await done();
  });

  it("content full of markup stays text: no dialog on the search page or the event page", async () => {
    const tagFilter = `/search/?q=alert&tag=${encodeURIComponent(XSS_TAGS[0]!)}&place=${encodeURIComponent(XSS_PLACE)}&actor=${encodeURIComponent(XSS_ACTOR)}`;
    const { page, done } = await open(tagFilter);
    await settled(page, /^1 event matches “alert” with these filters/);
    assert.deepEqual(await titles(page), [XSS_TITLE]);
    const result = page.locator("#search-results li").first();
    assert.equal(await result.locator(".search-result-place").textContent(), XSS_PLACE);
    assert.match(
      (await result.locator(".search-excerpt").textContent()) ?? "",
      /<script>alert\(1\)<\/script> summary alert "><svg onload=alert\(1\)> Body alert <script>alert\(1\)<\/script>/,
    );
    assert.equal(
      await page
        .locator(
          "#search-results img, #search-results svg, #search-results script, #search-filters img, #search-filters svg, #search-filters script, #search-active img, #search-active svg",
        )
        .count(),
      0,
    );
    for (const value of [XSS_PLACE, XSS_ACTOR, XSS_FIGURE, ...XSS_TAGS]) {
      assert.ok((await page.locator(".facet-name").allTextContents()).includes(value), value);
    }
    await result.locator("a").click();
    await page.waitForURL(/\/events\/injected\/$/);
    assert.equal(await page.locator("h1").textContent(), XSS_TITLE);
    assert.equal(await page.locator("main img, main svg, main script").count(), 0);
    await page.waitForTimeout(300);
    await done();
  });

  it("Pagefind's filters are exactly place, actor, figure, year and tag", async () => {
    const { page, done } = await open("/search/");
    const keys = await page.evaluate(async () => {
      const bundle: string = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as PagefindModule;
      return Object.keys(await pagefind.filters()).sort();
    });
    assert.deepEqual(keys, ["actor", "figure", "place", "tag", "year"]);
    await done();
  });

  it("a date-sorted search without a query returns every event", async () => {
    const { page, done } = await open("/search/");
    const found = await page.evaluate(async () => {
      const bundle: string = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as PagefindModule;
      // Plain loops: a named helper here would be wrapped by the TypeScript loader in a function the page lacks.
      const found: Record<string, string[]> = { asc: [], desc: [] };
      for (const order of ["asc", "desc"]) {
        const search = await pagefind.search(null, { sort: { date: order } });
        for (const result of search.results) found[order]!.push((await result.data()).url);
      }
      return { ascending: found.asc!, descending: found.desc! };
    });
    assert.equal(found.ascending.length, OLDEST_FIRST.length);
    assert.deepEqual(found.descending, [...found.ascending].reverse());
    assert.equal(found.ascending[0], "/events/mosul-protest/");
    assert.ok(!found.ascending.includes("/events/draft/"), "drafts are not in a normal build");
    await done();
  });

  it("is usable by keyboard and screen reader: labelled controls, legends, a live status", async () => {
    const { page, done } = await open("/search/?q=crossing");
    await settled(page, /^5 events/);
    assert.equal(await page.getAttribute("#search-status", "aria-live"), "polite");
    assert.equal(await page.locator('label[for="search-q"]').textContent(), "Search events");
    assert.equal(await page.locator('label[for="search-sort"]').textContent(), "Order");
    assert.deepEqual(await page.locator("fieldset.facet:visible legend").allTextContents(), [
      "Places",
      "Groups",
      "People",
      "Years",
      "Tags",
    ]);
    // Keyboard: from the query box, Tab reaches the first filter; Space checks it and focus stays on it.
    await page.focus("#search-q");
    await page.keyboard.press("Tab"); // the Search button
    await page.keyboard.press("Tab"); // the filters' summary
    await page.keyboard.press("Tab"); // the first place
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    assert.equal(focused, "place");
    await page.keyboard.press("Space");
    await settled(page, /with these filters/);
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked), true);
    await done();
  });

  it("without JavaScript it says search needs JavaScript and links to the timeline and indexes", async () => {
    const { page, done } = await open("/search/", { javaScript: false });
    const notice = page.locator(".search-notice").first();
    assert.ok(await notice.isVisible());
    assert.match((await notice.textContent()) ?? "", /Search needs JavaScript/);
    assert.deepEqual(await notice.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), [
      "/timeline/",
      "/places/",
      "/actors/",
      "/figures/",
    ]);
    assert.equal(await page.locator("#search-app").isVisible(), false);
    await done();
  });

  it("on a narrow screen the filters fold into a disclosure", async () => {
    const { page, done } = await open("/search/?actor=Iraqi%20Border%20Guards", {
      viewport: { width: 390, height: 800 },
    });
    await settled(page, /^4 events/);
    assert.equal(await page.locator("#search-filters").evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.match((await page.locator("#search-filters summary").textContent()) ?? "", /Filters \(1 active\)/);
    await page.locator("#search-filters summary").click();
    assert.ok(await page.locator('fieldset[data-facet="place"]').isVisible());
    await done();
  });
});

describe("search page over an index in parts", () => {
  /** Part 1 (/pagefind/) holds the 2 oldest events, part 2 the next 3, part 3 the 3 newest. */
  const PART_EVENTS = [3, 3, 2];

  /** Status line, titles in order and every filter's label (value and count), once the search is on the page. */
  async function shown(page: Page, status: RegExp) {
    return {
      line: await settled(page, status),
      titles: await titles(page),
      // Values no result has are hidden; the others, each with its count, in any order.
      facets: (await page.$$eval(".search-app fieldset label", (ls) => ls.map((l) => l.textContent ?? "")))
        .filter((label) => !label.endsWith(", 0 events"))
        .sort(),
    };
  }

  /** What a search shows once the reader has asked it to search every part (or at once, on a site with one). */
  async function seenWhole(urlPath: string, site: StaticServer, status: RegExp) {
    const { page, done } = await open(urlPath, { site });
    // Any status but "Loading search…": the first search is on the page.
    await settled(page, /\.$/);
    for (
      let clicks = 0;
      clicks < PART_EVENTS.length && /Search (older|newer) events/.test(await moreText(page));
      clicks++
    ) {
      await page.click("#search-more");
      await settled(page, /\.$/);
    }
    const whole = await shown(page, status);
    await done();
    return whole;
  }

  const moreText = async (page: Page) =>
    ((await page.isVisible("#search-more")) ? await page.textContent("#search-more") : "") ?? "";

  it("the page lists every part the build wrote, oldest first, with the dates they span", async () => {
    const { page, done } = await open("/search/", { site: partsServer });
    const parts = JSON.parse((await page.getAttribute("#search-app", "data-parts")) ?? "null") as unknown;
    assert.deepEqual(parts, [
      { url: "/pagefind/", events: 3, first: "2023", last: "December 2024" },
      { url: "/pagefind/part-2/", events: 3, first: "6 December 2024", last: "8 December 2024" },
      { url: "/pagefind/part-3/", events: 2, first: "19 December 2024", last: "22 December 2024" },
    ]);
    await done();
    const counts = await Promise.all(
      ["pagefind", "pagefind/part-2", "pagefind/part-3"].map(async (dir) => {
        const entry = JSON.parse(
          await fs.readFile(path.join(root, "_site-parts", dir, "pagefind-entry.json"), "utf8"),
        ) as PagefindEntry;
        return entry.languages.en.page_count;
      }),
    );
    assert.deepEqual(counts, PART_EVENTS);
  });

  it("a search fetches the newest part alone, says how far back it reached, and searches older parts when asked", async () => {
    const { page, done } = await open("/search/?sort=newest", { site: partsServer });
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.reload();
    const first = await shown(
      page,
      /^2 events, newest first\. Searched so far: the 2 newest of 8 events, back to 19 December 2024\.$/,
    );
    assert.deepEqual(first.titles, OLDEST_FIRST.slice(6).reverse());
    const index = fetched.filter((p) => p.startsWith("/pagefind/") && p !== "/pagefind/pagefind.js");
    assert.ok(index.length > 0 && index.every((p) => p.startsWith("/pagefind/part-3/")), index.join(" "));
    assert.equal(await moreText(page), "Search older events too");

    await page.click("#search-more");
    await shown(
      page,
      /^5 events, newest first\. Searched so far: the 5 newest of 8 events, back to 6 December 2024\.$/,
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      OLDEST_FIRST[5],
      "focus on the first new result",
    );
    assert.ok(fetched.some((p) => p.startsWith("/pagefind/part-2/")));
    assert.ok(!fetched.some((p) => /^\/pagefind\/[^/]+\.pf_meta$/.test(p)), "the oldest part is not fetched yet");

    await page.click("#search-more");
    const all = await shown(page, /^8 events, newest first\.$/);
    assert.deepEqual(all.titles, [...OLDEST_FIRST].reverse());
    assert.equal(await page.isHidden("#search-more"), true, "every part searched, every result shown");
    await done();
  });

  it("oldest first starts from the oldest part and reaches forward", async () => {
    const { page, done } = await open("/search/?sort=oldest", { site: partsServer });
    const first = await shown(
      page,
      /^3 events, oldest first\. Searched so far: the 3 oldest of 8 events, up to December 2024\.$/,
    );
    assert.deepEqual(first.titles, OLDEST_FIRST.slice(0, 3));
    assert.equal(await moreText(page), "Search newer events too");
    await done();
    const whole = await seenWhole("/search/?sort=oldest", partsServer, /^8 events, oldest first\.$/);
    assert.deepEqual(whole.titles, OLDEST_FIRST);
  });

  it("when the older parts hold nothing more, the button goes and the keyboard stays on the results", async () => {
    // The Syrian Arab Army is named in the newest part and the one before, not in the oldest.
    const { page, done } = await open("/search/?actor=Syrian%20Arab%20Army", { site: partsServer });
    await settled(page, /^1 event matches these filters, newest first\. Searched so far/);
    await page.click("#search-more");
    await settled(page, /^2 events match these filters, newest first\. Searched so far/);
    assert.equal(await moreText(page), "Search older events too", "the oldest part is not searched yet");
    await page.click("#search-more");
    await settled(page, /^2 events match these filters, newest first\.$/);
    assert.equal(await page.isHidden("#search-more"), true);
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      "Syrian army leaves Abu Kamal",
      "focus on the last result, not lost with the button",
    );
    await done();
  });

  it("a query the newer parts lack goes on to older parts by itself", async () => {
    const { page, done } = await open("/search/?q=Mosul", { site: partsServer });
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.reload();
    const found = await shown(page, /^1 event matches “Mosul”, best match first\.$/);
    assert.deepEqual(found.titles, ["Protest in Mosul"]);
    assert.equal(await page.isHidden("#search-more"), true, "the oldest part reached, nothing is left to search");
    const filterFiles = fetched.filter((p) => p.includes("/filter/"));
    assert.ok(filterFiles.length > 0, "the oldest part's filter files, to count its result");
    assert.ok(
      filterFiles.every((p) => /^\/pagefind\/filter\//.test(p)),
      `the parts that found nothing fetched no filter files: ${filterFiles.join(" ")}`,
    );
    await done();
  });

  it("a word the archive lacks is looked for in a few parts, and in older ones when the reader asks", async () => {
    const { page, done } = await open("/search/?q=earthquake", { site: eventPartsServer });
    const entries: string[] = [];
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith("/pagefind-entry.json")) entries.push(pathname);
    });
    await page.reload();
    const line = await settled(page, /^No events match “earthquake”\./);
    assert.equal(entries.length, STEPS_UNASKED, `parts opened unasked: ${entries.join(" ")}`);
    assert.match(line, new RegExp(`Searched so far: the ${STEPS_UNASKED} newest of ${OLDEST_FIRST.length} events`));
    assert.equal(await moreText(page), "Search older events too");
    await page.click("#search-more");
    await settled(page, new RegExp(`the ${2 * STEPS_UNASKED} newest|^No events match “earthquake”\\.$`));
    assert.equal(entries.length, Math.min(2 * STEPS_UNASKED, OLDEST_FIRST.length), "one click, as many parts again");
    await done();
  });

  it("once every part is searched, it finds, filters and counts as one index does", async () => {
    for (const [urlPath, status] of [
      ["/search/?place=Anbar", /^5 events match these filters, newest first\.$/],
      [
        "/search/?q=crossing&actor=Iraqi%20Border%20Guards&sort=oldest",
        /^3 events match “crossing” with these filters, oldest first\.$/,
      ],
    ] as const) {
      assert.deepEqual(
        await seenWhole(urlPath, partsServer, status),
        await seenWhole(urlPath, server, status),
        urlPath,
      );
    }
    // By relevance the order may differ (each part weighs words by its own statistics), but not what is found.
    const single = await seenWhole("/search/?q=crossing", server, /^5 events/);
    const parted = await seenWhole(
      "/search/?q=crossing",
      partsServer,
      /^5 events match “crossing”, best match first\.$/,
    );
    assert.deepEqual(new Set(parted.titles), new Set(single.titles));
    assert.deepEqual(parted.facets, single.facets);
  });
});

describe("search page without an index to search", () => {
  let empty: StaticServer;
  let broken: StaticServer;
  before(async () => {
    const content = path.join(root, "content-empty");
    await fs.mkdir(content, { recursive: true });
    await fs.writeFile(path.join(content, "site.yml"), FILES["site.yml"]!);
    const result = await build({ contentDir: content, outputDir: path.join(root, "_site-empty") });
    assert.equal(result.exitCode, 0, result.failure);
    empty = await serveStatic(path.join(root, "_site-empty"));
    // A host that lost the index, or never received it.
    await fs.cp(path.join(root, "_site"), path.join(root, "_site-no-index"), { recursive: true });
    await fs.rm(path.join(root, "_site-no-index", "pagefind"), { recursive: true });
    broken = await serveStatic(path.join(root, "_site-no-index"));
  });
  after(async () => {
    await empty?.close();
    await broken?.close();
  });

  it("an archive with no events yet says so", async () => {
    const page = await shared.newPage();
    await page.goto(`${empty.origin}/search/`);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.endsWith("."));
    assert.equal(await page.textContent("#search-status"), "No events have been published yet.");
    assert.equal(await page.isVisible("#search-unavailable"), false);
    await page.close();
  });

  it("an index that cannot be fetched gives the notice with the pages that list every event", async () => {
    const page = await shared.newPage();
    await page.goto(`${broken.origin}/search/`);
    await page.waitForSelector("#search-unavailable", { state: "visible" });
    assert.equal(await page.isVisible("#search-app"), false);
    assert.match(
      (await page.textContent("#search-unavailable")) ?? "",
      /^\s*Search could not be loaded\. Please try again later\./,
    );
    await page.close();
  });
});

describe("search page with more results than one page shows", () => {
  let many: StaticServer;
  before(async () => {
    const content = path.join(root, "content-many");
    const files: Record<string, string> = {
      "site.yml": FILES["site.yml"]!,
      "places/iraq.md": FILES["places/iraq.md"]!,
    };
    for (let day = 1; day <= 25; day++) {
      const date = `2024-12-${String(day).padStart(2, "0")}`;
      files[`events/day-${day}.md`] = event(`Border report ${day}`, date, "Iraq", "[]", `Report of day ${day}.`);
    }
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(content, name)), { recursive: true });
      await fs.writeFile(path.join(content, name), text);
    }
    const result = await build({ contentDir: content, outputDir: path.join(root, "_site-many") });
    assert.equal(result.exitCode, 0, result.failure);
    many = await serveStatic(path.join(root, "_site-many"));
  });
  after(async () => {
    await many?.close();
  });

  it("“Show more” adds the next results and takes the keyboard to the first of them", async () => {
    const { page, done } = await open("/search/?sort=newest", { site: many });
    await settled(page, /^25 events, newest first\.$/);
    assert.equal((await titles(page)).length, 20);
    await page.click("#search-more");
    await page.waitForFunction(() => document.querySelectorAll("#search-results .card-title").length === 25);
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return { tag: active?.tagName, text: active?.textContent, inList: !!active?.closest("#search-results") };
    });
    assert.deepEqual(focused, { tag: "A", text: "Border report 5", inList: true });
    assert.equal(await page.isHidden("#search-more"), true, "nothing more to show");
    await done();
  });
});

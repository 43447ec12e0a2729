// Feeds end to end: a fixture site built with build() into a temp folder, its feeds read back by an
// independent parser (@rowanmanning/feed-parser for Atom, plain JSON for JSON Feed 1.1). Every entry
// must link to an event page that exists; entity feeds roll places up; every page links the feeds.
import assert from "node:assert/strict";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { build } from "../src/build.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { feedEntry } from "../src/feeds/entries.ts";
import type { JsonFeed } from "../src/feeds/json-feed.ts";
import { feedLinks, siteFeedLinks } from "../src/feeds/links.ts";
import { instantOf } from "../src/feeds/time.ts";
import { parseDate, type CalendarDate } from "../src/model/calendar.ts";
import type { Model, TimelineEvent } from "../src/model/types.ts";
import { englishMessages } from "../src/site/messages.ts";
import { BASE_URL, PUBLISHED, servedFile, tempDir, TRICKY_TITLE, writeFixture } from "./export-fixture.ts";
import { makeSite } from "./model-builders.ts";

let root: { dir: string; cleanup: () => Promise<void> };
let content: string;
let site: string;
let relativeSite: string;

describe("feeds read back by an independent parser", () => {
  before(async () => {
    root = await tempDir("dateline-feeds-");
    content = path.join(root.dir, "content");
    site = path.join(root.dir, "site");
    relativeSite = path.join(root.dir, "site-relative");
    await writeFixture(content);
    for (const [outputDir, baseUrl] of [
      [site, BASE_URL],
      [relativeSite, undefined],
    ] as const) {
      const result = await build({ contentDir: content, outputDir, ...(baseUrl ? { baseUrl } : {}) });
      assert.equal(
        result.exitCode,
        0,
        result.failure ?? JSON.stringify(result.diagnostics.filter((d) => d.severity === "error")),
      );
    }
  });
  after(() => root?.cleanup());

  const read = (dir: string, file: string) => fs.readFile(path.join(dir, file), "utf8");

  describe("the site-wide Atom feed", () => {
    test("reads back with an independent parser: the 50 newest events, each linking to its page", async () => {
      const feed = parseFeed(await read(site, "feed.xml"));
      assert.equal(feed.title, "Border & <Crossings>");
      assert.equal(feed.self, `${BASE_URL}/feed.xml`);
      assert.equal(feed.url, `${BASE_URL}/`);
      assert.equal(feed.items.length, 50);
      for (const item of feed.items) {
        assert.ok(item.url?.startsWith(`${BASE_URL}/events/`), item.url ?? "no url");
        assert.ok(existsSync(servedFile(site, item.url!)), `no page for ${item.url}`);
        assert.equal(item.id, item.url);
      }
      // Newest first, drafts never.
      assert.deepEqual(
        feed.items.slice(0, 3).map((i) => i.url),
        ["tricky", "crossing-reopens", "crossing-closes"].map((id) => `${BASE_URL}/events/${id}/`),
      );
      assert.ok(!feed.items.some((i) => i.url?.includes("unconfirmed")));
    });

    test("entries carry the title as written, the date as shown, summary, places, actors, figures and updated", async () => {
      const feed = parseFeed(await read(site, "feed.xml"));
      const tricky = feed.items.find((i) => i.url?.endsWith("/events/tricky/"))!;
      assert.equal(tricky.title, TRICKY_TITLE);
      assert.match(tricky.description ?? "", /^21 December 2024\. Summary with <script>alert\(1\)<\/script> & co\.$/);
      assert.deepEqual(
        tricky.categories.map((c) => c.term),
        ["a;b", "x<y", "anbar"],
      );

      const reopens = feed.items.find((i) => i.url?.endsWith("/events/crossing-reopens/"))!;
      assert.equal(reopens.updated?.toISOString(), "2024-12-22T00:00:00.000Z");
      assert.equal(reopens.published?.toISOString(), "2024-12-19T11:30:00.000Z", "14:30 at UTC+3");
      assert.match(reopens.content ?? "", /19 December 2024, 14:30 \(UTC\+3\) – 20 December 2024/);
      assert.match(reopens.content ?? "", /href="https:\/\/example\.org\/border\/places\/al-qaim\/">al-Qaim</);
      assert.match(reopens.content ?? "", /Hay’at Tahrir al-Sham/);
      assert.deepEqual(
        reopens.categories.map((c) => [c.label, c.term]),
        [
          ["al-Qaim", "al-qaim"],
          ["Rabia", "rabia"],
          ["Iraqi Border Guards", "iraqi-border-guards"],
          ["Hay’at Tahrir al-Sham", "hts"],
        ],
      );
      const closes = feed.items.find((i) => i.url?.endsWith("/events/crossing-closes/"))!;
      assert.match(
        closes.content ?? "",
        /Figure: <a href="https:\/\/example\.org\/border\/figures\/hayder-karkhi\/">Hayder Karkhi<\/a>/,
      );
      // Every link inside an entry points at a page that exists.
      for (const item of feed.items) {
        for (const [, href] of (item.content ?? "").matchAll(/href="([^"]+)"/g))
          assert.ok(existsSync(servedFile(site, href!)), `${href} in ${item.url}`);
      }
    });
  });

  describe("the JSON Feed", () => {
    test("is JSON Feed 1.1 with the same entries and the event details in _dateline", async () => {
      const feed = JSON.parse(await read(site, "feed.json")) as JsonFeed;
      assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
      assert.equal(feed.feed_url, `${BASE_URL}/feed.json`);
      assert.deepEqual(feed.authors, [{ name: "Border & <Crossings>" }]);
      assert.equal(feed.items.length, 50);
      for (const item of feed.items) assert.ok(existsSync(servedFile(site, item.url)), item.url);
      const reopens = feed.items.find((i) => i.url.endsWith("/crossing-reopens/"))!;
      assert.equal(reopens.date_modified, "2024-12-22T00:00:00.000Z");
      assert.deepEqual(
        reopens._dateline.places.map((p) => p.id),
        ["al-qaim", "rabia"],
      );
      assert.equal(reopens._dateline.date, "2024-12-19T14:30+03:00");
      assert.equal(reopens._dateline.precision, "minute");
      assert.equal(reopens._dateline.end, "2024-12-20");
      const offensive = feed.items.find((i) => i.url.endsWith("/offensive/"))!;
      assert.equal(offensive._dateline.date_display, "c. November 2024");
    });
  });

  describe("entity feeds", () => {
    test("each place, actor and figure has one beside its page; places include events at places within them", async () => {
      const anbar = parseFeed(await read(site, "places/anbar/feed.xml"));
      assert.equal(anbar.self, `${BASE_URL}/places/anbar/feed.xml`);
      assert.equal(anbar.url, `${BASE_URL}/places/anbar/`);
      assert.deepEqual(
        anbar.items.map((i) => i.url),
        ["tricky", "crossing-reopens", "crossing-closes"].map((id) => `${BASE_URL}/events/${id}/`),
      );
      const iraq = parseFeed(await read(site, "places/iraq/feed.xml"));
      assert.equal(iraq.items.length, 50, "Iraq holds every event within it, up to 50");
      for (const file of [
        "places/rabia/feed.xml",
        "actors/hts/feed.xml",
        "figures/hayder-karkhi/feed.xml",
        "places/syria/feed.xml",
      ]) {
        const feed = parseFeed(await read(site, file));
        assert.ok(feed.items.length > 0, file);
        for (const item of feed.items) assert.ok(existsSync(servedFile(site, item.url!)), `${item.url} in ${file}`);
      }
    });
  });

  describe("links to the feeds", () => {
    test("every page's head links the site-wide feeds", async () => {
      for (const page of [
        "index.html",
        "timeline/index.html",
        "events/tricky/index.html",
        "places/anbar/index.html",
        "404.html",
      ]) {
        const html = await read(site, page);
        assert.match(
          html,
          /<link rel="alternate" type="application\/atom\+xml" title="Border &amp; &lt;Crossings&gt; \(Atom\)" href="https:\/\/example\.org\/border\/feed\.xml">/,
          page,
        );
        assert.match(
          html,
          /<link rel="alternate" type="application\/feed\+json" [^>]*href="https:\/\/example\.org\/border\/feed\.json">/,
          page,
        );
      }
    });

    test("an entity page's head also links its own feed, on every page of its events", async () => {
      for (const [page, feed] of [
        ["places/anbar/index.html", "places/anbar/feed.xml"],
        ["places/iraq/page/2/index.html", "places/iraq/feed.xml"],
        ["figures/hayder-karkhi/index.html", "figures/hayder-karkhi/feed.xml"],
      ]) {
        const html = await read(site, page!);
        assert.ok(html.includes(`<link rel="alternate" type="application/atom+xml" title="`), page);
        assert.ok(html.includes(`href="${BASE_URL}/${feed}">`), `${page} links ${feed}`);
      }
    });

    test("feedLinks() gives an entity page its own feed", () => {
      const config = makeSite({ title: "T", description: "", baseUrl: BASE_URL });
      assert.deepEqual(feedLinks({ kind: "place", id: "anbar", name: "Anbar" }, config, englishMessages), [
        { type: "application/atom+xml", title: "Anbar · T", href: `${BASE_URL}/places/anbar/feed.xml` },
      ]);
      assert.equal(siteFeedLinks({ ...config, baseUrl: "" }, englishMessages)[0]!.href, "/feed.xml");
    });
  });

  describe("without a base URL", () => {
    test("pages link the feeds relatively and the feeds say a base URL is needed, with relative links that resolve", async () => {
      const html = await read(relativeSite, "index.html");
      assert.match(html, /<link rel="alternate" type="application\/atom\+xml" [^>]*href="\/feed\.xml">/);
      const xml = await read(relativeSite, "feed.xml");
      assert.ok(!xml.includes(".invalid"), "no placeholder host left behind");
      const feed = parseFeed(xml);
      assert.match(
        feed.description ?? "",
        /no base URL was set: add baseUrl to content\/site\.yml or build with --base-url/,
      );
      assert.equal(feed.items.length, 50);
      for (const item of feed.items) {
        assert.match(item.id ?? "", /^urn:dateline:event:[a-z0-9-]+$/);
        const href = /<link [^>]*href="([^"]+)"/.exec(xml.slice(xml.indexOf(`<id>${item.id}</id>`)))![1]!;
        assert.ok(href.startsWith("/events/"), href);
        assert.ok(existsSync(servedFile(relativeSite, href)), href);
      }
      const json = JSON.parse(await read(relativeSite, "feed.json")) as JsonFeed;
      assert.equal(json.feed_url, "/feed.json");
      assert.match(json.description ?? "", /no base URL was set/);
    });
  });

  /** A date the test writes correctly; throws otherwise. */
  function date(text: string): CalendarDate {
    const parsed = parseDate(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.value;
  }

  describe("atomFeed on its own", () => {
    const event = (overrides: Partial<TimelineEvent>): TimelineEvent => ({
      id: "e",
      file: "e.md",
      title: "T",
      date: date("2024-12-19"),
      circa: false,
      places: [],
      actors: [],
      figures: [],
      counts: [],
      tags: [],
      summary: "",
      sources: [],
      draft: false,
      body: "",
      bodyHtml: "",
      bodyLine: 1,
      lang: "en",
      translations: {},
      ...overrides,
    });
    const model = (baseUrl: string): Model => ({
      site: makeSite({ title: "S", description: "", baseUrl }),
      events: [],
      places: new Map(),
      actors: new Map(),
      figures: new Map(),
    });

    test("characters XML cannot hold are dropped, and the feed still parses", () => {
      const m = model(BASE_URL);
      const entries = [feedEntry(m, event({ title: "Bell\u0007 and <tag>", summary: "x\u0000y" }))];
      const site = { site: m.site, messages: englishMessages };
      const xml = atomFeed({
        ...site,
        title: "S\u0001",
        description: "",
        pagePath: "/",
        feedPath: "/feed.xml",
        entries,
      });
      const feed = parseFeed(xml);
      assert.equal(feed.items[0]!.title, "Bell and <tag>");
    });

    test("instants: dates are period starts, offsets applied, early years kept", () => {
      const at = (text: string) => instantOf(date(text)).toISOString();
      assert.equal(at("2024"), "2024-01-01T00:00:00.000Z");
      assert.equal(at("2024-12"), "2024-12-01T00:00:00.000Z");
      assert.equal(at("2024-12-19T14:30-05:00"), "2024-12-19T19:30:00.000Z");
      assert.equal(at("0050-03-01"), "0050-03-01T00:00:00.000Z");
    });
  });

  test("the fixture publishes what the feeds assume", () => {
    assert.ok(PUBLISHED > 50);
  });
});

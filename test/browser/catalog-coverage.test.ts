// No word a reader sees is written in code: every one comes from the message catalog (src/site/messages/).
//
// How this can fail. The site is rendered from a model whose content is all in Arabic script, with a
// pseudo-catalog: en.json with every Latin letter of its texts turned into its fullwidth form ("Ｔｉｍｅｌｉｎｅ"),
// placeholders kept. What a reader gets is then scanned: the text of every page (but <code>), the
// attributes a reader or a screen reader meets (title, aria-label, alt, placeholder, the meta
// description), the feeds' titles, descriptions and entries, and the search page as its script fills it
// in Chromium. A Latin letter left there came neither from the catalog nor from the content: it is a word
// in a template literal (or a template that bypassed data.messages for the English catalog). The only
// Latin allowed is named below, each for its reason: dates, which stay English until they are formatted
// per locale (month names, "UTC", "c.", a decade's "s"), and country names, which are data from Natural
// Earth. Nothing else is listed, so a new word in a template fails here, and the scanner itself is checked
// on a page holding such words. The pages a fixture cannot reach are the ones its model lacks: the model
// below has what every template shows only sometimes (drafts, implicit entities, nesting, pages of events,
// maps with insets and stand-ins, every chart scale, an archive too large for one timeline page, and a
// small one beside it).
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import type { Entity, Model, TimelineEvent } from "../../src/model/types.ts";
import { buildTimeline } from "../../src/model/timeline.ts";
import { renderSite } from "../../src/render/render.ts";
import { indexSearch } from "../../src/search/index-search.ts";
import { readCatalog, SOURCE_LANGUAGE, toCatalog, type Catalog, type Message } from "../../src/site/catalog.ts";
import { MONTH_NAMES } from "../../src/site/chart-data.ts";
import { geography } from "../../src/site/map/geography.ts";
import { Messages } from "../../src/site/messages.ts";
import { FULL_TIMELINE_EVENTS } from "../../src/site/site-data.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";
import { calendarDate, makeEntity, makeEvent, makeModel, makeSite } from "../model-builders.ts";

// ---- The pseudo-catalog ----

/** "Events" → "Ｅｖｅｎｔｓ": Latin letters to their fullwidth forms, which no content here and no code has. */
const fullwidth = (text: string) => text.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));

/** Every text of the catalog made fullwidth around its placeholders, which stay as they are. */
function pseudoCatalog(catalog: Catalog): Catalog {
  const pseudo = (text: string) =>
    text
      .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
      .map((piece, i) => (i % 2 ? piece : fullwidth(piece)))
      .join("");
  const convert = (message: Message): Message => {
    if (typeof message === "string") return pseudo(message);
    const forms = Object.entries(message).map(([category, text]): [string, string] => [category, pseudo(text)]);
    return { ...Object.fromEntries(forms), other: pseudo(message.other) };
  };
  const converted = Object.entries(catalog).map(([key, message]) => [key, convert(message)]);
  return toCatalog(Object.fromEntries(converted), "pseudo");
}

const english = readCatalog(SOURCE_LANGUAGE);
// In Arabic, as an edition will be: the numbers Intl writes (١٢) and the lists it joins (أ وب) hold no
// Latin either, and plural forms the catalog lacks fall back to `other`.
const PSEUDO = new Messages("ar", pseudoCatalog(english));

// ---- What may be Latin ----

const COUNTRIES = [...new Set([...geography("110m").countries, ...geography("50m").countries].map((c) => c.name))]
  // Longest first, so "South Sudan" goes before "Sudan" could split it.
  .sort((a, b) => b.length - a.length);
const MONTHS = [...MONTH_NAMES, ...MONTH_NAMES.map((name) => name.slice(0, 3))];
/** Dates, English until they are per locale (src/site/dates.ts): months, "UTC", "c.", "1920s". */
const DATE_WORDS = new RegExp(`\\b(?:${MONTHS.join("|")}|UTC)\\b|(?<![A-Za-z])c\\. |(?<=\\d)s\\b`, "g");

/** The Latin left in a reader's text once dates and country names are taken out: each a word in code. */
function latinLeft(text: string): string[] {
  let rest = text;
  for (const name of COUNTRIES) if (rest.includes(name)) rest = rest.split(name).join(" ");
  rest = rest.replace(DATE_WORDS, " ");
  return [...rest.matchAll(/\S*[A-Za-z]\S*/g)].map((m) => m[0]);
}

// ---- Reading what a reader gets ----

const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|#39));/gi, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" }[name.toLowerCase()] ?? "";
  });

const READ_ATTRIBUTES = new Set(["title", "aria-label", "alt", "placeholder"]);
/**
 * Elements whose content is not words: code (file paths on an implicit entity's page), scripts, styles, and
 * the embed code to copy (a textarea of HTML; its frame title comes from the catalog all the same).
 */
const NOT_WORDS = new Set(["code", "script", "style", "textarea"]);

/** The text a reader meets in a page: its text nodes and the attributes read out, one string each. */
function readerTexts(page: string): string[] {
  const texts: string[] = [];
  let skipping = 0;
  for (const m of page.matchAll(/<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attributes, text] = m;
    if (text !== undefined) {
      if (!skipping && text.trim()) texts.push(decode(text));
      continue;
    }
    if (!tag) continue;
    const name = tag.toLowerCase();
    if (NOT_WORDS.has(name)) skipping += closing ? -1 : 1;
    for (const [, attribute, value] of (attributes ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const described = name === "meta" && attribute === "content" && /name="description"/.test(attributes ?? "");
      if ((READ_ATTRIBUTES.has(attribute!) || described) && value!.trim()) texts.push(decode(value!));
    }
  }
  return texts;
}

/** An Atom feed's reader text: titles, subtitle, summaries and entry content (HTML escaped in XML). */
function atomTexts(xml: string): string[] {
  const texts: string[] = [];
  for (const [, , inner] of xml.matchAll(/<(title|subtitle|summary|content)[^>]*>([\s\S]*?)<\/\1>/g)) {
    texts.push(...readerTexts(decode(decode(inner!))));
  }
  return texts;
}

/** A JSON Feed's reader text: its title and description, each item's summary and content. */
function jsonFeedTexts(json: string): string[] {
  type Item = { summary?: string; content_html: string };
  const feed = JSON.parse(json) as { title: string; description?: string; items: Item[] };
  const items = feed.items.flatMap((item) => [...readerTexts(item.content_html), item.summary ?? ""]);
  return [feed.title, feed.description ?? "", ...items].filter(Boolean);
}

/** Every page and feed of a rendered site, as `file: words in code`. The data exports are data, in English. */
async function leaks(dir: string): Promise<{ found: string[]; files: number; pseudo: number }> {
  const found: string[] = [];
  let files = 0;
  let pseudo = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || file.startsWith(`data${path.sep}`) || file.startsWith(`pagefind${path.sep}`)) continue;
    const read = () => readFile(path.join(dir, file), "utf8");
    let texts: string[];
    if (file.endsWith(".html")) texts = readerTexts(await read());
    else if (file.endsWith(".xml")) texts = atomTexts(await read());
    else if (file === "feed.json") texts = jsonFeedTexts(await read());
    else continue;
    files++;
    for (const text of texts) {
      if (/[\uFF21-\uFF5A]/.test(text)) pseudo++;
      const context = JSON.stringify(text.trim().slice(0, 120));
      for (const word of latinLeft(text)) found.push(`${file}: ${JSON.stringify(word)} in ${context}`);
    }
  }
  return { found: [...new Set(found)], files, pseudo };
}

// ---- The fixture: everything in Arabic script ----

const place = (id: string, name: string, extra: Partial<Entity> = {}) => makeEntity("place", id, name, extra);
const event = (id: string, title: string, date: string, places: string[], extra: Partial<TimelineEvent> = {}) =>
  makeEvent({ id, title, date: calendarDate(date), places, ...extra });
const implicit = { implicit: true, file: undefined } as const;

function arabicModel(routine: number): Model {
  const villages = Array.from({ length: 14 }, (_, i) =>
    place(`village-${i + 1}`, `قرية ${"أبجدهوزحطيكلمنس"[i]!}`, {
      within: "anbar",
      coordinates: [33.2 + i * 0.05, 41.5 + i * 0.08],
    }),
  );
  const places = [
    place("iraq", "العراق", { category: "دولة", coordinates: [33.2, 43.7] }),
    place("anbar", "الأنبار", {
      category: "محافظة",
      within: "iraq",
      coordinates: [33.4, 42.4],
      aliases: ["محافظة الأنبار"],
      description: "محافظة في **غرب** العراق.",
    }),
    place("nineveh", "نينوى", { within: "iraq", coordinates: [36.2, 43.1] }),
    place("qaim", "القائم", { within: "anbar", coordinates: [34.37, 41.09] }),
    place("husaybah", "حصيبة", { within: "qaim" }),
    place("syria", "سوريا", { category: "دولة", coordinates: [35.0, 38.5] }),
    place("abu-kamal", "البوكمال", { within: "syria", coordinates: [34.45, 40.92] }),
    place("unknown-place", "مكان بلا ملف", implicit),
    ...villages,
  ];
  const actors = [
    makeEntity("actor", "army", "الجيش العراقي", { category: "قوات" }),
    makeEntity("actor", "brigade", "اللواء الأول", { within: "army" }),
    makeEntity("actor", "unknown-group", "جماعة بلا ملف", implicit),
  ];
  const figures = [
    makeEntity("figure", "spokesman", "المتحدث", { role: "متحدث باسم الجيش", affiliations: ["army"] }),
    makeEntity("figure", "unknown-person", "شخص بلا ملف", implicit),
  ];
  const body = "نص الحدث مع [رابط](https://example.org/a) و*تأكيد*.\n\nفقرة ثانية.";
  const source = {
    title: "تقرير",
    publisher: "وكالة",
    url: "https://example.org/r",
    archive: "https://example.org/a",
    date: calendarDate("2024-12-22"),
  };
  const events: TimelineEvent[] = [
    makeEvent({
      id: "full",
      title: "حدث كامل",
      date: calendarDate("2024-11"),
      end: calendarDate("2024-12"),
      circa: true,
      places: ["husaybah", "abu-kamal", "qaim"],
      actors: ["brigade", "unknown-group"],
      figures: ["spokesman", "unknown-person"],
      counts: [{ label: "جنود", value: 2000 }],
      tags: ["حدود", "جنود"],
      summary: "ملخص الحدث.",
      body,
      sources: [source],
      updated: calendarDate("2025-01-05"),
    }),
    event("timed", "حدث بالساعة", "2024-12-19T14:30+03:00", ["qaim"], { end: calendarDate("2024-12-19T16:00+03:00") }),
    event("days", "حدث لأيام", "2024-12-08", ["village-1"], { end: calendarDate("2024-12-12") }),
    event("year-only", "حدث بالسنة", "2023", ["anbar"], { actors: ["army"] }),
    event("old", "حدث قديم", "1920", ["syria"]),
    event("older", "حدث أقدم", "2010-05-01", ["iraq"]),
    event("nowhere", "حدث بلا إحداثيات", "2024-06-01", ["unknown-place"]),
    event("draft", "مسودة", "2024-12-20", ["qaim"], { draft: true }),
  ];
  for (let i = 0; i < routine; i++) {
    const two = (n: number) => String(n).padStart(2, "0");
    const day = `${2023 + (i % 3)}-${two((i % 12) + 1)}-${two((i % 28) + 1)}`;
    const where = i % 4 === 0 ? ["qaim"] : [`village-${(i % 14) + 1}`];
    const actors = [i % 2 ? "brigade" : "army"];
    events.push(event(`routine-${i}`, `حادثة ${i}`, day, where, { actors, summary: "ملخص." }));
  }
  const model = makeModel(events, { places, actors, figures });
  const site = makeSite({ title: "خط زمني للحدود", description: "أحداث على الحدود.", language: "ar" });
  return { ...model, site };
}

// ---- The tests ----

describe("no reader-visible word outside the message catalogs", () => {
  let root = "";
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  /** A large archive (its timeline too long for one page) and a small one. */
  const sites = { large: "", small: "" };

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "dateline-catalog-coverage-"));
    for (const [name, routine] of [
      ["large", FULL_TIMELINE_EVENTS],
      ["small", 12],
    ] as const) {
      const dir = path.join(root, name);
      const model = arabicModel(routine);
      const timeline = buildTimeline(model, { drafts: true });
      await renderSite({ model, timeline, drafts: true, messages: PSEUDO }, dir);
      sites[name] = dir;
      // The large one is searched in the browser below.
      if (name === "large") {
        const report = await indexSearch({ model, timeline, stagingDir: dir, outputDir: dir });
        assert.deepEqual(report.problems, []);
      }
    }
    server = await serveStatic(sites.large);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("finds a word written in code, and lets content, dates, country names and code through", () => {
    const page = `<p>حدث</p><p>Draft</p><nav aria-label="Sections"></nav><p>c. 19 December 2024 · سوريا, Syria</p>
<p>1920s</p><code>content/places/x.md</code><meta name="description" content="Events">`;
    assert.deepEqual(readerTexts(page).flatMap(latinLeft), ["Draft", "Sections", "Events"]);
  });

  it("every page and feed takes its words from the catalog", async () => {
    for (const dir of [sites.large, sites.small]) {
      const { found, files, pseudo } = await leaks(dir);
      assert.deepEqual(found, []);
      // Not vacuous: the pages were read, and the catalog's words are in them.
      assert.ok(files > 20 && pseudo > files, `${files} files, ${pseudo} texts from the catalog`);
    }
  });

  it("the search page's script takes its words from the page's messages", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // An address with a query, a filter and an order: the status line, the results and "Show more", the
    // filters with their counts and "Show all", the active filter with its remove button.
    const query = new URLSearchParams({ q: "حادثة", actor: "اللواء الأول", sort: "oldest" });
    await page.goto(`${server!.origin}/search/?${query.toString().replace(/\+/g, "%20")}`);
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    await page.locator("fieldset[data-facet=place] .facet-toggle").click();
    const texts = await page.evaluate(() => {
      const out = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = !node.parentElement?.closest("noscript, script, code, textarea") && node.textContent?.trim();
        if (words) out.push(words);
      }
      for (const element of document.querySelectorAll("[title], [aria-label], [alt], [placeholder]")) {
        for (const name of ["title", "aria-label", "alt", "placeholder"]) out.push(element.getAttribute(name) ?? "");
      }
      return out.filter((text) => text.trim());
    });
    await context.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(
      texts.flatMap((text) => latinLeft(text).map((word) => `${word} in ${text.trim()}`)),
      [],
    );
    // What the script wrote is there, in the catalog's words.
    assert.ok(
      texts.some((text) => text.includes(fullwidth("Show more results"))),
      texts.join(" | "),
    );
    assert.ok(texts.includes(PSEUDO.t("search.filters.active", { count: 1 })), "the count of active filters");
    assert.ok(
      texts.some((text) => text.startsWith(fullwidth("Remove filter"))),
      "the active filter's remove button",
    );
  });
});

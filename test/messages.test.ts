// The message catalogs (src/site/catalog.ts, src/site/messages/*.json) and their lookup: src/site/messages.ts,
// and src/search/browser/page-messages.ts, which formats the search page's messages in the browser.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { html } from "../src/markup/html.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import { SEARCH_FILTERS } from "../src/search/filters.ts";
import { SEARCH_SCRIPT_MESSAGES } from "../src/search/page-messages.ts";
import { PageMessages } from "../src/search/browser/page-messages.ts";
import {
  catalogLanguages,
  catalogProblems,
  placeholdersOf,
  readCatalog,
  SOURCE_LANGUAGE,
  toCatalog,
  type Catalog,
} from "../src/site/catalog.ts";
import { englishMessages, Messages, type MessageKey } from "../src/site/messages.ts";
import { SiteData } from "../src/site/site-data.ts";
import { makeModel } from "./model-builders.ts";

const english = readCatalog(SOURCE_LANGUAGE);

describe("every catalog in src/site/messages/", () => {
  const languages = catalogLanguages();

  it("includes English, the catalog the others are checked against", () => {
    assert.ok(languages.includes(SOURCE_LANGUAGE), languages.join(", "));
  });

  // One test per file, so a language desk sees its own catalog named; ar.json, ckb.json, tr.json are
  // checked as soon as they are added.
  for (const language of languages) {
    it(`${language}.json has exactly the keys of en.json, valid plural categories and the same placeholders`, () => {
      assert.deepEqual(catalogProblems(readCatalog(language), language, english), []);
    });
  }

  it("has English plurals where a count is shown, and numbers in plain texts only where no count is", () => {
    for (const [key, message] of Object.entries(english)) {
      if (typeof message !== "string") assert.ok("other" in message, key);
    }
    // A count in a plain text could not agree with its noun in Arabic: every {count} is in a plural.
    const countInText = ([, m]: [string, unknown]) => typeof m === "string" && placeholdersOf(m).includes("count");
    assert.deepEqual(Object.entries(english).filter(countInText), []);
  });
});

describe("catalogProblems", () => {
  const source: Catalog = {
    "a.text": "Search events for {name}",
    "a.count": { one: "{count} event", other: "{count} events" },
    "a.words": { one: "event", other: "events" },
  };
  const problems = (catalog: Record<string, unknown>, language = "ar") =>
    catalogProblems(toCatalog(catalog, "x.json"), language, source);
  const arabic = {
    "a.text": "ابحث عن {name}",
    "a.count": {
      zero: "لا أحداث",
      one: "حدث واحد",
      two: "حدثان",
      few: "{count} أحداث",
      many: "{count} حدثًا",
      other: "{count} حدث",
    },
    "a.words": { one: "حدث", other: "أحداث" },
  };

  it("accepts a complete Arabic catalog with its six plural forms, a form leaving the count out", () => {
    assert.deepEqual(problems(arabic), []);
  });

  it("names a missing key, an extra key and a plural where English has a text", () => {
    const { "a.words": _left, ...missing } = arabic;
    assert.deepEqual(problems(missing), ['"a.words" is missing']);
    assert.deepEqual(problems({ ...arabic, "a.typo": "x" }), ['"a.typo" is not a key of en.json']);
    assert.deepEqual(problems({ ...arabic, "a.text": { other: "{name}" } }), [
      '"a.text" must be a text, as in en.json',
    ]);
  });

  it("names a plural category the language does not have", () => {
    const turkish = { ...arabic, "a.count": { one: "{count} olay", few: "{count} olay", other: "{count} olay" } };
    assert.deepEqual(problems(turkish, "tr"), ['"a.count" (few): tr has no plural category "few" (it has one, other)']);
  });

  it("names a placeholder missing, renamed or added, in any form", () => {
    assert.deepEqual(problems({ ...arabic, "a.text": "ابحث" }), ['"a.text" lacks {name}']);
    assert.deepEqual(problems({ ...arabic, "a.text": "ابحث عن {nom}" }), [
      '"a.text" lacks {name}',
      '"a.text" has {nom}, which en.json does not',
    ]);
    assert.deepEqual(problems({ ...arabic, "a.words": { one: "حدث", other: "{count} أحداث" } }), [
      '"a.words" (other) has {count}, which en.json does not',
    ]);
  });

  it("refuses a catalog file that is not made of texts and plural forms", () => {
    const refused = (value: unknown, why: RegExp) => assert.throws(() => toCatalog(value, "ar.json"), why);
    refused({ "a.count": { other: 3 } }, /ar\.json: "a\.count": the "other" form must be a text/);
    refused({ "a.count": { one: "x" } }, /needs its "other" form/);
    refused({ "a.count": { single: "x", other: "y" } }, /"single" is not a plural category/);
    refused({ "a.text": "Search {name" }, /a brace that is not part of a \{placeholder\}/);
    refused(["x"], /a catalog is a JSON object/);
  });
});

describe("Messages", () => {
  it("counts with English plural forms and English number formatting", () => {
    const counts = [0, 1, 2, 12_000].map((count) => englishMessages.t("events.count", { count }));
    assert.deepEqual(counts, ["0 events", "1 event", "2 events", "12,000 events"]);
    assert.equal(englishMessages.t("map.overview.all", { count: 1 }), "The place on the map");
    assert.equal(englishMessages.t("map.overview.all", { count: 1500 }), "All 1,500 places on the map");
    assert.equal(englishMessages.number(34.12345), "34.123");
    assert.equal(englishMessages.list(["Syria", "Jordan", "Iraq"]), "Syria, Jordan, and Iraq");
  });

  it("chooses the plural form by the catalog's language, not the site's", () => {
    // French says "0 événement" (one) where English says "0 events": English words on a French site
    // would read "0 event" if the site's rules chose the form.
    const english = makeModel([]);
    const model = { ...english, site: { ...english.site, language: "fr" } };
    const french = new SiteData({ model, timeline: buildTimeline(model, { drafts: false }), drafts: false });
    assert.equal(french.messages.t("events.count", { count: 0 }), "0 events");
  });

  it("gives each Arabic count its own form, with the catalog's numbers", () => {
    const forms = { zero: "zero", one: "one", two: "two", few: "few {count}", many: "many {count}" };
    const arabicCount = { ...forms, other: "other {count}" };
    const arabic = new Messages("ar", toCatalog({ "events.count": arabicCount }, "ar.json"));
    const n = (value: number) => value.toLocaleString("ar");
    assert.deepEqual(
      [0, 1, 2, 3, 11, 100].map((count) => arabic.t("events.count", { count })),
      ["zero", "one", "two", `few ${n(3)}`, `many ${n(11)}`, `other ${n(100)}`],
    );
  });

  it("escapes its text and the text values in html(), and keeps markup values", () => {
    const catalog = toCatalog({ "entity.searchFor": "Search <events> for {name} & {other}" }, "test.json");
    const markup = new Messages("en", catalog).html("entity.searchFor", {
      name: html`<bdi>${"A<B"}</bdi>`,
      other: "C&D",
    } as never);
    assert.equal(markup.toString(), "Search &lt;events&gt; for <bdi>A&lt;B</bdi> &amp; C&amp;D");
  });

  it("throws for a missing value, an unknown value, a missing count or a key the catalog lacks", () => {
    const t = (key: string, params: Record<string, unknown>) => () => englishMessages.t(key as never, params as never);
    assert.throws(t("search.description", {}), /"search\.description" needs a value for \{site\}/);
    // A plural message's other values are needed whatever the count, even by a form without them.
    assert.throws(t("map.overview.most", { count: 1 }), /needs a value for \{total\}/);
    assert.throws(t("search.description", { site: "S", title: "T" }), /has no placeholder \{title\}/);
    assert.throws(t("events.count", {}), /needs a number as \{count\}/);
    assert.throws(t("no.such.key", {}), /"no\.such\.key" is not in the en catalog/);
  });
});

describe("the search page's messages in the browser (PageMessages)", () => {
  const filters = SEARCH_FILTERS.flatMap((f) => [f.messages.chip, f.messages.showAll]);
  const carried: MessageKey[] = [...SEARCH_SCRIPT_MESSAGES, ...filters];

  it("reads every message the script uses as the catalog holds it, and formats it as the build does", () => {
    const page = new PageMessages("en", new Map(carried.map((key) => [key, englishMessages.entry(key)])));
    for (const count of [0, 1, 2, 1234]) {
      const params = { count, query: "crossing", order: "newest first" };
      assert.equal(page.say("search.status.query", params), englishMessages.t("search.status.query", params));
      const showAll = "search.filter.actor.showAll";
      assert.equal(page.say(showAll, { count }), englishMessages.t(showAll, { count }));
    }
    assert.equal(page.say("search.pageTitle", { query: "q", title: "Search" }), "“q” · Search");
    assert.throws(() => page.say("search.pageTitle", { query: "q" }), /needs a value for \{title\}/);
  });
});

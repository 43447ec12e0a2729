// Each edition's search records, made from the sample content (English, with Arabic, Sorani and Turkish
// editions): the edition's URL, language, words and dates, untranslated events in their own words, every
// name an entity has in any language, and Arabic-script text folded with the text as written beside it.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { CustomRecord } from "pagefind";
import { loadContent } from "../src/content/load.ts";
import { buildTimeline, type Timeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { foldArabicScript } from "../src/search/fold.ts";
import {
  RECORD_WORD_SEPARATORS,
  TEXT_LANG_META,
  TEXT_META,
  TEXT_WORDS_META,
  TITLE_LANG_META,
} from "../src/search/record-meta.ts";
import { searchRecords } from "../src/search/records.ts";
import { searchEditions } from "../src/search/search-editions.ts";
import { SAMPLE } from "./fixtures/support.ts";

let model: Model;
let timeline: Timeline;
/** The record of one event in the edition of language `lang`. */
function record(lang: string, id: string): CustomRecord {
  const edition = searchEditions(model).find((e) => e.edition.lang === lang);
  assert.ok(edition, `no ${lang} edition`);
  const event = timeline.events.find((e) => e.id === id);
  assert.ok(event, `no event ${id}`);
  return searchRecords(edition, [event])[0]!.record;
}

const words = (text: string) => text.split(RECORD_WORD_SEPARATORS);

describe("search records per edition", () => {
  before(async () => {
    ({ model } = await loadContent(SAMPLE));
    timeline = buildTimeline(model, { drafts: false });
  });

  it("one edition per language of the site, each with its own prefix", () => {
    assert.deepEqual(
      searchEditions(model).map((e) => [e.edition.lang, e.edition.prefix]),
      [
        ["en", ""],
        ["ar", "/ar"],
        ["ckb", "/ckb"],
        ["tr", "/tr"],
      ],
    );
  });

  it("an Arabic record links the Arabic page and holds the Arabic title, date and names", () => {
    const ar = record("ar", "al-qaim-opens-to-humanitarian-traffic");
    assert.equal(ar.url, "/ar/events/al-qaim-opens-to-humanitarian-traffic/");
    assert.equal(ar.language, "ar");
    assert.equal(ar.meta!.title, "فتح منفذ القائم الحدودي أمام الحركة الإنسانية فقط");
    assert.match(ar.meta!.date!, /^١١ كانون الأول ٢٠٢٤/);
    assert.equal(ar.meta!.place, "منفذ القائم الحدودي");
    assert.deepEqual(ar.filters!.place, ["منفذ القائم الحدودي", "القائم", "الأنبار", "العراق"]);
    assert.equal(ar.filters!.year![0], "2024");
  });

  it("Arabic-script text is indexed folded, and the text as written is kept for excerpts, word for word", () => {
    for (const lang of ["ar", "ckb"]) {
      const r = record(lang, "al-qaim-opens-to-humanitarian-traffic");
      const written = r.meta![TEXT_META];
      assert.ok(written, `${lang}: the text as written is in the meta`);
      assert.equal(r.content, foldArabicScript(r.content), `${lang}: the content is folded`);
      const count = Number(r.meta![TEXT_WORDS_META]);
      assert.equal(words(written).length, count);
      assert.deepEqual(words(r.content).slice(0, count), words(foldArabicScript(written)));
    }
    assert.ok(record("ar", "al-qaim-opens-to-humanitarian-traffic").meta![TEXT_META]!.includes("إغلاق منفذ القائم"));
  });

  it("English text needs no folding and carries no second copy", () => {
    const en = record("en", "al-qaim-opens-to-humanitarian-traffic");
    assert.equal(en.url, "/events/al-qaim-opens-to-humanitarian-traffic/");
    assert.equal(en.meta![TEXT_META], undefined);
  });

  it("an event not translated into Turkish is indexed in the Turkish edition in its own words", () => {
    const tr = record("tr", "hts-led-offensive-against-assad-government");
    assert.equal(tr.url, "/tr/events/hts-led-offensive-against-assad-government/");
    assert.equal(tr.language, "tr");
    assert.equal(tr.meta!.title, "Rebel coalition led by HTS opens offensive against the Syrian army");
    assert.match(tr.meta!.date!, /^Kasım 2024$/);
    assert.equal(tr.meta![TITLE_LANG_META], "en", "the search page marks the English title as English");
    assert.equal(tr.meta![TEXT_LANG_META], "en");
    const translated = record("tr", "al-qaim-opens-to-humanitarian-traffic").meta!;
    assert.deepEqual([translated[TITLE_LANG_META], translated[TEXT_LANG_META]], [undefined, undefined]);
  });

  it("every name and alias of an entity, in any language, finds its events in every edition", () => {
    for (const lang of ["en", "ar", "ckb", "tr"]) {
      const { content } = record(lang, "al-qaim-opens-to-humanitarian-traffic");
      for (const name of ["al-Qaim border crossing", "Husaybah crossing", "معبر القائم", "Kaim Sınır Kapısı"])
        assert.ok(content.includes(foldArabicScript(name)), `${lang}: ${name}`);
    }
  });

  it("an event written in Arabic is indexed in English in the default edition, from its translation", () => {
    const en = record("en", "al-qaim-closed-again-after-soldiers-return");
    const ar = record("ar", "al-qaim-closed-again-after-soldiers-return");
    assert.doesNotMatch(en.meta!.title!, /[\u0600-\u06FF]/);
    assert.equal(ar.meta!.title, "إعادة إغلاق منفذ القائم بعد عودة الجنود السوريين");
  });
});

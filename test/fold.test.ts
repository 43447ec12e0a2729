import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { foldArabicScript, foldEachWord } from "../src/search/fold.ts";

/** What Pagefind itself already folds: lower case and combining marks (after canonical decomposition). */
const pagefindNormal = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const sameForSearch = (a: string, b: string) =>
  pagefindNormal(foldArabicScript(a)) === pagefindNormal(foldArabicScript(b));

test("spellings readers type for the same Arabic word fold to one", () => {
  const variants: [string, string][] = [
    ["محافظه", "محافظة"], // taa marbuta typed as heh
    ["مصطفي", "مصطفى"], // alef maqsura typed as yeh
    ["الکاظمی", "الكاظمي"], // Persian kaf and yeh, as Sorani writers type them
    ["الأنبـــار", "الأنبار"], // tatweel inside the word
    ["القائم", "القايم"], // hamza on its seat, or the seat alone
    ["إبراهيم", "ابراهيم"],
    ["القَائِم", "القائم"], // short vowels written in
    ["مؤسسة", "موسسه"],
    ["٢٠٢٤", "2024"], // Arabic-Indic digits
    ["۲۰۲۴", "2024"], // Persian digits
    ["ﻻ", "لا"], // a presentation-form ligature pasted from an old document
    ["کوردستان", "كوردستان"],
    ["هەولێر", "هەولير"], // Sorani ê typed as yeh
    ["ڕووبار", "رووبار"],
  ];
  for (const [typed, written] of variants) assert.ok(sameForSearch(typed, written), `${typed} should find ${written}`);
});

test("different words stay different", () => {
  const pairs: [string, string][] = [
    ["القائم", "القاهرة"],
    ["بغداد", "بغدان"],
    ["Iraq", "Iran"],
  ];
  for (const [a, b] of pairs) assert.ok(!sameForSearch(a, b), `${a} and ${b} are different words`);
});

test("text in other scripts comes back as it was", () => {
  for (const text of ["al-Qaim border crossing", "Türkiye’nin sınırı", "Ελλάδα", ""])
    assert.equal(foldArabicScript(text), text);
});

// Pagefind's word boundaries (pagefind.js): the search page cuts excerpts by the word positions it reports.
const words = (text: string) => text.split(/[^\S\uFEFF]+/);

test("folding keeps every word in its place, so excerpts cut from the original text line up", () => {
  const arabicLetter = fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code));
  const presentation = fc.integer({ min: 0xfb50, max: 0xfefe }).map((code) => String.fromCharCode(code));
  const piece = fc.oneof(arabicLetter, presentation, fc.constantFrom(" ", "\n", "ـ", "\u200c", "a", "ﷺ", "\u00a0"));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join("");
      const folded = foldArabicScript(text);
      assert.equal(words(folded).length, words(text).length);
      assert.equal(foldArabicScript(folded), folded, "folding twice changes nothing more");
    }),
    { numRuns: 2000 },
  );
});

test("the whole-text fold gives exactly what folding each word gives", () => {
  const arabicLetter = fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code));
  const presentation = fc.integer({ min: 0xfb50, max: 0xfefe }).map((code) => String.fromCharCode(code));
  const digit = fc.integer({ min: 0, max: 9 }).map((n) => String.fromCharCode(0x0660 + n, 0x06f0 + n));
  const piece = fc.oneof(
    { weight: 6, arbitrary: arabicLetter },
    presentation,
    digit,
    fc.constantFrom(" ", "\n", "\t", "\u00a0", "\u2003", "ـ", "\u064e", "\u200c", "\u200d", "a", "Z", "ﷺ", "ﻻ"),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
      const text = pieces.join("");
      assert.equal(foldArabicScript(text), foldEachWord(text));
    }),
    { numRuns: 5000 },
  );
  // Texts as records hold them: long, in Arabic, Sorani and English, with and without marks.
  for (const text of [
    "أغلقت السلطات العراقية منفذ القائم الحدودي مع سوريا في ٨ كانون الأول ٢٠٢٤.",
    "دەروازەی قائیم داخرا؛ هێزەکانی سنوور ڕایانگەیاند.",
    "al-Qaim crossing; القائم; Husaybah; البوكمال.",
    "القَائِم الأنبـــار\u200cی",
  ])
    assert.equal(foldArabicScript(text), foldEachWord(text));
});

// Ids are URL slugs (docs/content-format.md "Ids and URLs"): derived from file names and implicit entity
// names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isSlug, slugify } from "../src/model/slug.ts";

test("isSlug: lower-case a-z, 0-9 and single hyphens between them", () => {
  for (const ok of ["al-qaim", "iraq", "2024", "hts-offensive-2024", "a"]) assert.equal(isSlug(ok), true, ok);
  for (const bad of [
    "",
    "Al-Qaim",
    "al qaim",
    "al_qaim",
    "al--qaim",
    "-al-qaim",
    "al-qaim-",
    "al-qaim.md",
    "القائم",
    "qaïm",
  ]) {
    assert.equal(isSlug(bad), false, JSON.stringify(bad));
  }
});

test("file names an editor might type become readable slugs", () => {
  assert.equal(slugify("Al Qaim"), "al-qaim");
  assert.equal(slugify("  --Al   Qaim--  "), "al-qaim");
  assert.equal(slugify("Al_Qaim"), "al-qaim");
  assert.equal(slugify("Deir ez-Zor"), "deir-ez-zor");
  assert.equal(slugify("2024 offensive"), "2024-offensive");
  assert.equal(slugify("Crossing Reopens (working title)"), "crossing-reopens-working-title");
  assert.equal(slugify("Zakho–Ibrahim Khalil"), "zakho-ibrahim-khalil");
});

test("apostrophes of every kind vanish instead of splitting a word", () => {
  assert.equal(slugify("Hay’at Tahrir al-Sham"), "hayat-tahrir-al-sham");
  assert.equal(slugify("Hay'at Tahrir al-Sham"), "hayat-tahrir-al-sham");
  assert.equal(slugify("HAYʼAT TAHRIR AL–SHAM"), "hayat-tahrir-al-sham");
  assert.equal(slugify("Hay‘at Tahrir al-Sham"), "hayat-tahrir-al-sham");
});

test("diacritics are dropped, the same for NFC and NFD input", () => {
  const nfc = "Al-Ḥasakah".normalize("NFC");
  const nfd = "Al-Ḥasakah".normalize("NFD");
  assert.notEqual(nfc, nfd);
  assert.equal(slugify(nfc), "al-hasakah");
  assert.equal(slugify(nfd), "al-hasakah");
  assert.equal(slugify("Hewlêr".normalize("NFD")), "hewler");
  assert.equal(slugify("Ｈｅｗｌêｒ"), "hewler"); // full-width letters
  assert.equal(slugify("Straße"), "strasse");
});

test("Arabic and Kurdish names are transliterated to a non-empty slug", () => {
  for (const [name, slug] of [
    ["القائم", "lqim"],
    ["هيئة تحرير الشام", "hyih-thryr-lshm"],
    ["حرس الحدود العراقي", "hrs-lhdwd-lrqy"],
    ["هەولێر", "hewler"],
  ] as const) {
    assert.equal(slugify(name), slug, name);
    assert.equal(isSlug(slugify(name)), true, name);
  }
});

test("every non-empty result is a slug; nothing letter-like gives the empty string for callers to replace", () => {
  for (const text of ["Al Qaim", "القائم", "Hay’at", "Ḥasakah", "2024", "a--b", "🙂 crossing"]) {
    assert.equal(isSlug(slugify(text)), true, text);
  }
  assert.equal(slugify("؟؟؟"), "");
  assert.equal(slugify("!!! ---"), "");
  assert.equal(slugify(""), "");
});

test("a slug stays as it is", () => {
  for (const slug of ["al-qaim", "hayat-tahrir-al-sham", "2024-12-19-crossing"]) assert.equal(slugify(slug), slug);
});

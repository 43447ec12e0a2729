// Plural forms chosen by Intl.PluralRules (src/markup/plural.ts), and the counts built on them; the
// site's counts are catalog messages, tested in test/messages.test.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { countText } from "../src/diagnostics.ts";
import { pluralForm, type PluralForms } from "../src/markup/plural.ts";

const EVENT_NOUN: PluralForms = { one: "event", other: "events" };

test("English: one for 1, other for everything else", () => {
  const forms = [0, 1, 2, 11, 21, 1000].map((n) => pluralForm(n, EVENT_NOUN, "en"));
  assert.deepEqual(forms, ["events", "event", "events", "events", "events", "events"]);
  assert.equal(countText(1, { one: "file", other: "files" }), "1 file");
  assert.equal(countText(2, { one: "file", other: "files" }), "2 files");
});

test("Arabic: all six categories, each from its own form", () => {
  const forms: PluralForms = { zero: "zero", one: "one", two: "two", few: "few", many: "many", other: "other" };
  assert.deepEqual(
    [0, 1, 2, 3, 11, 100].map((n) => pluralForm(n, forms, "ar")),
    ["zero", "one", "two", "few", "many", "other"],
  );
});

test("a category without a form of its own takes other", () => {
  assert.deepEqual(
    [0, 1, 2, 5].map((n) => pluralForm(n, EVENT_NOUN, "ar")),
    ["events", "event", "events", "events"],
  );
});

test("a language tag Intl refuses is read as English", () => {
  assert.equal(pluralForm(1, EVENT_NOUN, "not a tag!"), "event");
  assert.equal(pluralForm(2, EVENT_NOUN, "not a tag!"), "events");
});

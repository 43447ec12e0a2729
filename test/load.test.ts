// Loading a whole content folder: every problem of every file in one run, at the right place, and the
// model that valid content becomes (docs/content-format.md throughout).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../src/content/load.ts";
import { applyStrict } from "../src/content/strict.ts";
import { printDiagnostics, sortDiagnostics, type Diagnostic } from "../src/diagnostics.ts";
import {
  INVALID,
  SAMPLE,
  TRICKY,
  VALID_EVENT,
  forFile,
  invalidFile,
  rel,
  tempContent,
  trickyFile,
  where,
} from "./fixtures/support.ts";
import { INVALID_SITE } from "./fixtures/support.ts";

const invalid = loadContent(INVALID);
const invalidSite = loadContent(INVALID_SITE);

/** Every diagnostic of the invalid corpus: file (under invalid/content/), line, column, severity, rule. */
const EXPECTED: [string, number, number, "error" | "warning", string][] = [
  ["actors/entity-collision-b.md", 4, 5, "error", "entity-collision"],
  ["actors/link-invalid.md", 5, 52, "error", "link-invalid"],
  ["events/date-format-slashes.md", 3, 7, "error", "date-format"],
  ["events/date-format.md", 3, 7, "error", "date-format"],
  ["events/date-invalid-month.md", 3, 7, "error", "date-invalid"],
  ["events/date-invalid.md", 3, 7, "error", "date-invalid"],
  ["events/date-order.md", 4, 6, "error", "date-order"],
  ["events/entity-ambiguous.md", 4, 11, "error", "entity-ambiguous"],
  ["events/entity-implicit.md", 4, 9, "warning", "entity-implicit"],
  ["events/field-empty.md", 2, 8, "error", "field-empty"],
  ["events/field-empty.md", 4, 9, "error", "field-empty"],
  ["events/field-required.md", 1, 1, "error", "field-required"],
  ["events/field-required.md", 1, 1, "error", "field-required"],
  ["events/field-type-counts.md", 5, 22, "error", "field-type"],
  ["events/field-type.md", 2, 8, "error", "field-type"],
  ["events/file-encoding.md", 2, 11, "error", "file-encoding"],
  ["events/file-ignored.markdown", 1, 1, "warning", "file-ignored"],
  ["events/file-ignored.txt", 1, 1, "warning", "file-ignored"],
  ["events/frontmatter-language-coffee.md", 1, 4, "error", "frontmatter-language"],
  ["events/frontmatter-language-javascript.md", 1, 4, "error", "frontmatter-language"],
  ["events/frontmatter-language-js.md", 1, 4, "error", "frontmatter-language"],
  ["events/frontmatter-missing.md", 1, 1, "error", "frontmatter-missing"],
  ["events/frontmatter-not-mapping.md", 2, 1, "error", "frontmatter-not-mapping"],
  ["events/frontmatter-unterminated-dashes.md", 5, 1, "error", "frontmatter-unterminated"],
  ["events/frontmatter-unterminated.md", 1, 1, "error", "frontmatter-unterminated"],
  ["events/id-derived/Al Qaim.md", 1, 1, "warning", "id-derived"],
  ["events/id-duplicate/b/crossing-closes.md", 1, 1, "error", "id-duplicate"],
  ["events/id-invalid.md", 4, 5, "error", "id-invalid"],
  ["events/key-unknown-source.md", 6, 5, "error", "key-unknown"],
  ["events/key-unknown.md", 4, 1, "error", "key-unknown"],
  ["events/language-invalid-source.md", 6, 11, "error", "language-invalid"],
  ["events/language-invalid.md", 4, 7, "error", "language-invalid"],
  ["events/link-invalid-entity.md", 7, 35, "error", "link-invalid"],
  ["events/link-invalid-no-character.md", 7, 51, "error", "link-invalid"],
  ["events/link-invalid.md", 7, 35, "error", "link-invalid"],
  ["events/link-invalid.md", 10, 30, "error", "link-invalid"],
  ["events/link-invalid.md", 12, 8, "error", "link-invalid"],
  ["events/source-empty.md", 5, 5, "error", "source-empty"],
  ["events/source-missing.md", 1, 1, "warning", "source-missing"],
  ["events/translation-correction-extra.ar.md", 6, 5, "error", "translation-correction-extra"],
  ["events/translation-date-mismatch.ar.md", 4, 9, "error", "translation-date-mismatch"],
  ["events/translation-date-mismatch.ar.md", 7, 11, "error", "translation-date-mismatch"],
  ["events/translation-duplicate.ara.md", 1, 1, "error", "translation-duplicate"],
  ["events/translation-field.ar.md", 3, 1, "error", "translation-field"],
  ["events/translation-language-mismatch.ar.md", 3, 7, "error", "translation-language-mismatch"],
  ["events/translation-language-same.en.md", 1, 1, "error", "translation-language-same"],
  ["events/translation-language-unknown.tr.md", 1, 1, "error", "translation-language-unknown"],
  ["events/translation-not-withdrawn.ar.md", 3, 1, "error", "translation-not-withdrawn"],
  ["events/translation-orphan.ar.md", 1, 1, "error", "translation-orphan"],
  ["events/translation-stale.ar.md", 3, 10, "warning", "translation-stale"],
  ["events/url-invalid.md", 5, 5, "error", "url-invalid"],
  ["events/url-invalid.md", 6, 10, "error", "url-invalid"],
  ["events/yaml-alias.md", 2, 8, "error", "yaml-alias"],
  ["events/yaml-alias.md", 3, 10, "error", "yaml-alias"],
  ["events/yaml-duplicate-key.md", 4, 1, "error", "yaml-duplicate-key"],
  ["events/yaml-merge.md", 4, 1, "error", "yaml-merge"],
  ["events/yaml-proto.md", 4, 1, "error", "yaml-proto"],
  ["events/yaml-proto.md", 8, 5, "error", "yaml-proto"],
  ["events/yaml-syntax-quote.md", 3, 17, "error", "yaml-syntax"],
  ["events/yaml-syntax-tab.md", 5, 1, "error", "yaml-syntax"],
  ["events/yaml-syntax.md", 2, 8, "error", "yaml-syntax"],
  ["events/yaml-tag-js-function.md", 2, 8, "error", "yaml-tag"],
  ["events/yaml-tag-str.md", 2, 8, "error", "yaml-tag"],
  ["figures/field-required.md", 1, 1, "error", "field-required"],
  ["figures/translation-field.ar.md", 4, 1, "error", "translation-field"],
  ["places/coordinates-range.md", 4, 14, "error", "coordinates-range"],
  ["places/entity-cycle-a.md", 4, 9, "error", "entity-cycle"],
  ["places/file-ignored/husaybah.md", 1, 1, "warning", "file-ignored"],
  ["places/id-duplicate-2.md", 2, 7, "error", "id-duplicate"],
];

/** Every diagnostic of invalid-site/content/site.yml: line, column, rule (all errors). */
const EXPECTED_SITE: [number, number, string][] = [
  [3, 9, "locale-mismatch"],
  [4, 11, "calendar-unknown"],
  [7, 5, "language-invalid"],
  [9, 13, "digits-unknown"],
  [10, 15, "calendar-unknown"],
  [11, 5, "key-unknown"],
  [12, 5, "edition-duplicate"],
  [13, 5, "edition-duplicate"],
];

/** Rules of contracts.md / content-format.md, each of which the corpora (or content-missing below) must produce. */
const ALL_RULES = [
  "file-encoding",
  "frontmatter-missing",
  "frontmatter-unterminated",
  "frontmatter-language",
  "frontmatter-not-mapping",
  "yaml-syntax",
  "yaml-duplicate-key",
  "yaml-tag",
  "yaml-alias",
  "yaml-merge",
  "yaml-proto",
  "key-unknown",
  "field-required",
  "field-type",
  "field-empty",
  "date-invalid",
  "date-format",
  "date-order",
  "id-invalid",
  "id-derived",
  "id-duplicate",
  "url-invalid",
  "source-empty",
  "source-missing",
  "link-invalid",
  "coordinates-range",
  "file-ignored",
  "entity-implicit",
  "entity-ambiguous",
  "entity-collision",
  "entity-cycle",
  "language-invalid",
  "translation-orphan",
  "translation-field",
  "translation-language-unknown",
  "translation-language-same",
  "translation-language-mismatch",
  "translation-duplicate",
  "translation-stale",
  "translation-correction-extra",
  "translation-date-mismatch",
  "translation-not-withdrawn",
  "locale-mismatch",
  "digits-unknown",
  "calendar-unknown",
  "edition-duplicate",
];

function message(list: readonly Diagnostic[], file: string, line?: number): string {
  const found = forFile(list, invalidFile(file)).filter((d) => line === undefined || d.line === line);
  assert.equal(found.length, 1, `one diagnostic for ${file}${line ? `:${line}` : ""}, got ${JSON.stringify(found)}`);
  return found[0]!.message;
}

test("all problems of a folder in one run: every file, every rule, sorted by file then line", async () => {
  const { diagnostics } = await invalid;
  assert.deepEqual(
    sortDiagnostics(diagnostics).map(where),
    EXPECTED.map(([file, line, column, severity, rule]) => ({ file: invalidFile(file), line, column, severity, rule })),
  );
  const rules = new Set([...diagnostics, ...(await invalidSite).diagnostics].map((d) => d.rule));
  assert.deepEqual(
    ALL_RULES.filter((rule) => !rules.has(rule)),
    [],
    "every rule is exercised by the corpora",
  );
});

test("site.yml: every problem of its editions in one run, at its value", async () => {
  const { diagnostics, model } = await invalidSite;
  const file = rel(path.join(INVALID_SITE, "site.yml"));
  assert.deepEqual(
    sortDiagnostics(diagnostics).map(where),
    EXPECTED_SITE.map(([line, column, rule]) => ({ file, line, column, severity: "error", rule })),
  );
  const at = (line: number, column: number) => diagnostics.find((d) => d.line === line && d.column === column)!.message;
  assert.equal(at(3, 9), "locale: ar-IQ is not a locale of en; write en with a region, such as en-US");
  assert.equal(
    at(4, 11),
    "calendar: the Gregorian date is always shown; calendar names a second calendar, " + "such as islamic-umalqura",
  );
  assert.equal(
    at(7, 5),
    'editions[2]: "arabic" is not a language tag: write a BCP 47 language tag such as ar, ' + "ckb, tr or pt-BR",
  );
  assert.equal(
    at(9, 13),
    'editions[3].digits: "arabic" is not a kind of digits: write latn (0–9) or arab (٠–٩); did you mean "arab"?',
  );
  assert.equal(
    at(10, 15),
    'editions[3].calendar: "islamic-umm-al-qura" is not a calendar; ' + 'did you mean "islamic-umalqura"?',
  );
  assert.equal(at(11, 5), 'editions[3]: unknown field "titel"; did you mean "title"?');
  assert.equal(at(12, 5), "en is the site's own language (language: en); editions lists the further languages");
  assert.equal(at(13, 5), "ar is listed twice (also on line 6); keep one");
  assert.deepEqual(
    model.site.editions.map((e) => e.lang),
    ["en"],
    "a site.yml with errors is read as its defaults",
  );
});

test("the printed report: one contract line per problem, in file-then-line order, and the summary", async () => {
  const { diagnostics } = await invalid;
  const lines = printDiagnostics(diagnostics).split("\n");
  assert.equal(lines.length, EXPECTED.length + 1);
  assert.equal(lines.at(-1), "69 problems (62 errors, 7 warnings) in 61 files");
  assert.equal(
    lines[0],
    `${invalidFile("actors/entity-collision-b.md")}:4:5: error: "Hay'at Tahrir al-Sham" is also a name or alias of ${invalidFile("actors/entity-collision-a.md")} ("Hay’at Tahrir al-Sham"); a name must point at one actor [entity-collision]`,
  );
  assert.ok(
    lines.includes(
      `${invalidFile("events/date-invalid.md")}:3:7: error: date: 2024-02-30 is not a calendar date [date-invalid]`,
    ),
  );
  assert.ok(
    lines.includes(
      `${invalidFile("events/entity-implicit.md")}:4:9: warning: actors: "Iraqi Border Guard" matches no actor file, so it gets a page of its own; did you mean "Iraqi Border Guards"? [entity-implicit]`,
    ),
  );
  for (const line of lines.slice(0, -1))
    assert.match(line, /^test\/fixtures\/invalid\/content\/\S.*:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$/);
  // Line 10 of a file after its line 7: numeric order.
  const link = lines.filter((l) => l.includes("events/link-invalid.md")).map((l) => l.split(":")[1]);
  assert.deepEqual(link, ["7", "10", "12"]);

  const json = JSON.parse(printDiagnostics(diagnostics, "json")) as Diagnostic[];
  assert.deepEqual(json, sortDiagnostics(diagnostics));
});

test("messages name the problem: file and front-matter rules", async () => {
  const { diagnostics: d } = await invalid;
  assert.equal(message(d, "events/file-encoding.md"), "byte 0xE9 at offset 14 is not UTF-8; save the file as UTF-8");
  assert.match(message(d, "events/frontmatter-missing.md"), /must start with a front-matter block/);
  assert.match(message(d, "events/frontmatter-unterminated.md"), /never closed/);
  assert.match(
    message(d, "events/frontmatter-unterminated-dashes.md"),
    /line starting with `---` inside the front matter would end it early/,
  );
  assert.equal(
    message(d, "events/frontmatter-language-js.md"),
    'front matter must be YAML; "---js" is refused because it could run code',
  );
  assert.match(message(d, "events/frontmatter-language-javascript.md"), /"---javascript" is refused/);
  assert.match(message(d, "events/frontmatter-language-coffee.md"), /"---coffee" is refused/);
  assert.match(message(d, "events/frontmatter-not-mapping.md"), /must be fields/);
  assert.equal(message(d, "events/yaml-syntax.md"), "YAML: Nested mappings are not allowed in compact mappings");
  assert.equal(message(d, "events/yaml-syntax-quote.md"), 'YAML: Missing closing "quote');
  assert.equal(message(d, "events/yaml-syntax-tab.md"), "a tab is used for indentation; indent with spaces");
  assert.match(message(d, "events/yaml-duplicate-key.md"), /appears twice/);
  assert.match(message(d, "events/yaml-tag-js-function.md"), /tags \(!!js\/function\) are not allowed/);
  assert.match(message(d, "events/yaml-tag-str.md"), /tags \(!!str\) are not allowed/);
  assert.match(message(d, "events/yaml-alias.md", 2), /anchors \(&headline\)/);
  assert.match(message(d, "events/yaml-alias.md", 3), /aliases \(\*headline\)/);
  assert.match(message(d, "events/yaml-merge.md"), /merge keys \(<<\)/);
  assert.equal(message(d, "events/yaml-proto.md", 4), "the key __proto__ is not allowed");
});

test("messages name the problem: fields, dates, ids, sources and links", async () => {
  const { diagnostics: d } = await invalid;
  assert.equal(message(d, "events/key-unknown.md"), 'unknown field "loaction"; did you mean "location"?');
  assert.equal(message(d, "events/key-unknown-source.md"), 'sources[1]: unknown field "titel"; did you mean "title"?');
  assert.deepEqual(
    forFile(d, invalidFile("events/field-required.md"))
      .map((x) => x.message)
      .sort(),
    ["date: is required", "title: is required"],
  );
  assert.equal(message(d, "figures/field-required.md"), "name: is required");
  assert.equal(
    message(d, "events/field-type.md"),
    "title: expected text, got 1916; put it in quotes to keep it as written",
  );
  assert.equal(
    message(d, "events/field-type-counts.md"),
    'counts.soldiers returned: expected a number, got "2,000"; write digits only, for example 2000',
  );
  assert.equal(message(d, "events/field-empty.md", 2), "title: must not be empty");
  assert.equal(message(d, "events/field-empty.md", 4), "summary: must not be empty");
  assert.equal(message(d, "events/date-invalid.md"), "date: 2024-02-30 is not a calendar date");
  assert.equal(
    message(d, "events/date-invalid-month.md"),
    "date: 2024-13-01 is not a calendar date (there is no month 13)",
  );
  assert.match(message(d, "events/date-format.md"), /^date: "Dec 19" is not a date; write YYYY/);
  assert.match(message(d, "events/date-format-slashes.md"), /^date: "12\/19\/2024" is not a date; write YYYY/);
  assert.equal(message(d, "events/date-order.md"), "end: 2024-12-06 is before the date 2024-12-20");
  assert.match(message(d, "events/id-invalid.md"), /^id: an id is a lower-case slug/);
  assert.equal(
    message(d, "events/id-derived/Al Qaim.md"),
    'the file name "Al Qaim.md" is not a URL slug, so its id is "al-qaim"; rename the file to al-qaim.md or add id: al-qaim',
  );
  assert.equal(message(d, "events/url-invalid.md", 5), "sources[1]: must be a full http:// or https:// address");
  assert.equal(message(d, "events/url-invalid.md", 6), "sources[2].url: must be a full http:// or https:// address");
  assert.equal(message(d, "events/source-empty.md"), "sources[1]: a source needs at least a url or a title");
  assert.match(message(d, "events/source-missing.md"), /^no sources: add `sources:`/);
  assert.equal(
    message(d, "events/link-invalid.md", 7),
    'link to "javascript:alert(1)" is not allowed: links must be http://, https://, mailto: or relative',
  );
  assert.match(message(d, "events/link-invalid.md", 10), /^link to "javascript:alert\(2\)" is not allowed/);
  assert.match(message(d, "events/link-invalid.md", 12), /^link to "javascript:alert\(3\)" is not allowed/);
  assert.match(message(d, "actors/link-invalid.md"), /^link to "javascript:void\(0\)" is not allowed/);
  // `&colon;` is a colon to markdown-it and to browsers; the message quotes the link as written.
  assert.equal(
    message(d, "events/link-invalid-entity.md"),
    'link to "javascript&colon;alert(1)" is not allowed: links must be http://, https://, mailto: or relative',
  );
  assert.equal(
    message(d, "events/link-invalid-no-character.md"),
    'link to "&#99999999;" is not allowed: &#99999999; names no character',
  );
  assert.equal(
    message(d, "places/coordinates-range.md"),
    "coordinates: coordinates are [latitude, longitude]: latitude within ±90, longitude within ±180",
  );
  assert.match(message(d, "events/file-ignored.markdown"), /only \.md files are read/);
  assert.match(message(d, "places/file-ignored/husaybah.md"), /places\/ files are read only at the top of the folder/);
});

test("messages name the problem: translations and languages", async () => {
  const { diagnostics: d } = await invalid;
  assert.equal(
    message(d, "events/language-invalid.md"),
    'lang: "arabic" is not a language tag: write a BCP 47 language tag such as ar, ckb, tr or pt-BR',
  );
  assert.equal(
    message(d, "events/translation-orphan.ar.md"),
    "this is named as the ar translation of translation-orphan.md, which is not beside it; " +
      "add the original, or rename this file (to translation-orphan-ar.md, say) if it is not a translation",
  );
  assert.equal(
    message(d, "events/translation-field.ar.md"),
    "date: comes from the original, translation-field.md; " +
      "a translation holds only title, summary, the body, corrections' texts and the withdrawn reason",
  );
  assert.equal(
    message(d, "events/translation-correction-extra.ar.md"),
    "corrections[2]: translation-correction-extra.md has 1 correction, and a translation at most as many, " +
      "matched by position; remove this one, or add the correction to the original first",
  );
  assert.equal(
    message(d, "events/translation-date-mismatch.ar.md", 7),
    "corrections[1].date: 2024-12-24, but correction 1 of translation-date-mismatch.md is dated 2024-12-23; " +
      "a translation's corrections match the original's by position: put them in the original's order, " +
      "and write its date or leave date out",
  );
  assert.equal(
    message(d, "events/translation-date-mismatch.ar.md", 4),
    "withdrawn.date: 2025-01-11, but translation-date-mismatch.md was withdrawn on 2025-01-10; " +
      "write its date or leave date out",
  );
  assert.equal(
    message(d, "events/translation-not-withdrawn.ar.md"),
    "withdrawn: translation-not-withdrawn.md is not withdrawn; " +
      "remove withdrawn from this translation, or withdraw the original first",
  );
  assert.equal(
    message(d, "figures/translation-field.ar.md"),
    "affiliations: comes from the original, translation-field.md; " +
      "a translation holds only name, aliases, role and the description",
  );
  assert.equal(
    message(d, "events/translation-language-unknown.tr.md"),
    "the site has no tr edition: its languages are en, ar, ckb (site.yml); " +
      "add tr to editions in site.yml to publish this translation",
  );
  assert.equal(
    message(d, "events/translation-language-same.en.md"),
    "en is the site's language, which translation-language-same.md is written in; a translation is in another language",
  );
  assert.equal(
    message(d, "events/translation-language-mismatch.ar.md"),
    "lang: ckb, but the file name says ar; write the same language in both",
  );
  assert.equal(
    message(d, "events/translation-duplicate.ara.md"),
    "translation-duplicate.ar.md is already the ar translation of translation-duplicate.md; keep one",
  );
  assert.equal(
    message(d, "events/translation-stale.ar.md"),
    "updated: 2024-12-20 is before the original's updated: 2024-12-22 (translation-stale.md); " +
      "bring the translation up to date with it, then change its updated",
  );
});

test("a translation with an error stays out of the model; its original, and a stale translation, stay in", async () => {
  const { model } = await invalid;
  const languages = (id: string) => Object.keys(model.events.find((e) => e.id === id)!.translations);
  assert.deepEqual(languages("translation-field"), []);
  assert.deepEqual(languages("translation-language-unknown"), []);
  assert.deepEqual(languages("translation-correction-extra"), []);
  assert.deepEqual(languages("translation-date-mismatch"), []);
  assert.deepEqual(languages("translation-not-withdrawn"), []);
  assert.deepEqual(languages("translation-stale"), ["ar"], "a stale translation is still shown, with a warning");
  const kept = model.events.find((e) => e.id === "translation-duplicate")!.translations.ar;
  assert.equal(kept?.file, invalidFile("events/translation-duplicate.ar.md"), "the first file keeps its language");
  assert.deepEqual(Object.keys(model.figures.get("translation-field")!.translations), []);
});

test("messages that concern two files name both", async () => {
  const { diagnostics: d } = await invalid;
  assert.equal(
    message(d, "events/id-duplicate/b/crossing-closes.md"),
    `the event id "crossing-closes" is already used by ${invalidFile("events/id-duplicate/a/crossing-closes.md")}; ids are permanent URLs and must be unique`,
  );
  assert.equal(
    message(d, "places/id-duplicate-2.md"),
    `the place id "border-town" is already used by ${invalidFile("places/id-duplicate-1.md")}`,
  );
  assert.equal(
    message(d, "actors/entity-collision-b.md"),
    `"Hay'at Tahrir al-Sham" is also a name or alias of ${invalidFile("actors/entity-collision-a.md")} ("Hay’at Tahrir al-Sham"); a name must point at one actor`,
  );
  assert.equal(
    message(d, "places/entity-cycle-a.md"),
    `within makes a cycle: "Anbar" (${invalidFile("places/entity-cycle-a.md")}) within "Western Anbar" (${invalidFile("places/entity-cycle-b.md")}) within "Anbar" (${invalidFile("places/entity-cycle-a.md")})`,
  );
  assert.equal(
    message(d, "events/entity-ambiguous.md"),
    `location: "qaim" matches two places: "al-Qaim District" (${invalidFile("places/qaim-district.md")}) by id and "Qaim" (${invalidFile("places/qaim-town.md")}) by name; use the id of the one you mean`,
  );
  assert.equal(
    message(d, "events/entity-implicit.md"),
    'actors: "Iraqi Border Guard" matches no actor file, so it gets a page of its own; did you mean "Iraqi Border Guards"?',
  );
});

test("invalid files stay out of the model; valid files beside them are kept", async () => {
  const { model } = await invalid;
  assert.deepEqual(model.events.map((e) => e.id).sort(), [
    "al-qaim",
    "crossing-closes",
    "date-order",
    "entity-ambiguous",
    "entity-implicit",
    "link-invalid",
    "link-invalid-entity",
    "link-invalid-no-character",
    "source-missing",
    "translation-correction-extra",
    "translation-date-mismatch",
    "translation-duplicate",
    "translation-field",
    "translation-language-mismatch",
    "translation-language-same",
    "translation-language-unknown",
    "translation-not-withdrawn",
    "translation-stale",
  ]);
  assert.equal(
    model.events.find((e) => e.id === "crossing-closes")!.file,
    invalidFile("events/id-duplicate/a/crossing-closes.md"),
    "the first file keeps a duplicated id",
  );
  assert.deepEqual(
    model.events.find((e) => e.id === "entity-ambiguous")!.places,
    [],
    "an ambiguous reference resolves to nothing",
  );
  const implicit = model.actors.get("iraqi-border-guard")!;
  assert.equal(implicit.implicit, true);
  assert.deepEqual(model.events.find((e) => e.id === "entity-implicit")!.actors, ["iraqi-border-guard"]);
  assert.equal(model.places.get("border-town")!.name, "Husaybah");
  assert.deepEqual([...model.figures.keys()], ["translation-field"], "a figure without a name is not an entity");
  // The cycle is broken, so nothing walking `within` can loop.
  const a = model.places.get("entity-cycle-a")!;
  const b = model.places.get("entity-cycle-b")!;
  assert.ok(a.within === undefined || b.within === undefined);
});

test("no code in any fixture ran while loading, and Object.prototype is untouched", async () => {
  await invalid;
  const g = globalThis as Record<string, unknown>;
  assert.equal(g.__datelineFrontMatterRan, undefined);
  assert.equal(g.__datelineYamlRan, undefined);
  for (const name of ["js", "javascript"])
    assert.equal(existsSync(path.join(os.tmpdir(), `dateline-frontmatter-ran-${name}`)), false);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), false);
});

test("strict makes errors of implicit entities, missing sources, unread files, stale translations", async () => {
  const normal = (await invalid).diagnostics;
  const diagnostics = applyStrict(normal);
  const changed = sortDiagnostics(diagnostics).filter((d, i) => d.severity !== sortDiagnostics(normal)[i]!.severity);
  assert.deepEqual(
    changed.map((d) => `${d.rule} ${d.severity}`),
    [
      "entity-implicit error",
      "file-ignored error",
      "file-ignored error",
      "source-missing error",
      "translation-stale error",
      "file-ignored error",
    ],
  );
  assert.equal(diagnostics.find((d) => d.rule === "id-derived")!.severity, "warning", "a derived id hides no data");
  assert.equal(diagnostics.length, normal.length);
});

test("content-missing: a folder that does not exist is one error, named as given", async () => {
  const { diagnostics, model } = await loadContent("test/fixtures/no-such-folder");
  assert.deepEqual(diagnostics, [
    {
      file: "test/fixtures/no-such-folder",
      line: 1,
      column: 1,
      severity: "error",
      rule: "content-missing",
      message: "the content folder does not exist",
    },
  ]);
  assert.deepEqual(model.events, []);
});

test("the sample content loads with no errors and no warnings, strict or not", async () => {
  for (const strict of [false, true]) {
    const { diagnostics: found, model } = await loadContent(SAMPLE);
    const diagnostics = strict ? applyStrict(found) : found;
    assert.deepEqual(diagnostics, [], printDiagnostics(diagnostics));
    assert.equal(model.events.length, 10);
    assert.deepEqual(
      model.site.editions.map((e) => e.prefix),
      ["", "/ar", "/ckb", "/tr"],
    );
    for (const event of model.events) {
      assert.ok(event.translations.ckb, `${event.id} has its Sorani translation`);
      assert.ok(event.lang === "ar" || event.translations.ar, `${event.id} is in Arabic or has its Arabic translation`);
    }
    for (const kind of ["places", "actors", "figures"] as const) {
      for (const entity of model[kind].values())
        assert.equal(entity.implicit, false, `${kind}: ${entity.name} has a file`);
    }
  }
});

test("the tricky corpus loads with no problems at all, strict or not", async () => {
  for (const strict of [false, true]) {
    const { diagnostics: found } = await loadContent(TRICKY);
    const diagnostics = strict ? applyStrict(found) : found;
    assert.deepEqual(diagnostics, [], printDiagnostics(diagnostics));
  }
});

test("events sort by start, a coarser date before finer ones in its period, then by id", async () => {
  const { model } = await loadContent(TRICKY);
  assert.deepEqual(
    model.events.map((e) => `${e.date.text} ${e.id}`),
    [
      "2024 date-year",
      "2024 date-year-quoted",
      "2024-11-27 aliases",
      "2024-12 date-month",
      "2024-12 date-month-quoted",
      "2024-12-01 date-day-first",
      "2024-12-06 arabic",
      "2024-12-06 crlf",
      "2024-12-08 bom",
      "2024-12-10 nfd",
      "2024-12-15 template",
      "2024-12-16 summary-default",
      "2024-12-19 crossing-reopens",
      "2024-12-19 single-reference",
      "2024-12-19T09:00 deep",
      "2024-12-19T14:30+03:00 bom-crlf",
      "2024-12-20 code-shows-unsafe-links",
    ],
  );
  const byId = new Map(model.events.map((e) => [e.id, e]));
  assert.deepEqual(
    byId.get("date-year")!.date,
    byId.get("date-year-quoted")!.date,
    '2024 and "2024" are the same date',
  );
  assert.deepEqual(byId.get("date-month")!.date, byId.get("date-month-quoted")!.date);
  assert.equal(byId.get("date-month")!.circa, true);
});

test("tricky bytes: BOM and CRLF leave no trace in fields, body or line numbers", async () => {
  const { model } = await loadContent(TRICKY);
  const byId = new Map(model.events.map((e) => [e.id, e]));
  const bom = byId.get("bom")!;
  assert.equal(bom.title, "Rebels enter Damascus");
  assert.equal(bom.file, trickyFile("events/2024/12/bom.md"));
  const crlf = byId.get("crlf")!;
  assert.equal(crlf.body, "Iraq closed the crossing\nas rebels advanced.\n\nSecond paragraph.\n");
  assert.equal(crlf.summary, "Iraq closed the crossing as rebels advanced.");
  assert.equal(crlf.bodyLine, 11);
  const both = byId.get("bom-crlf")!;
  assert.equal(both.title, "Nearly 2,000 soldiers return through al-Qaim");
  assert.equal(both.date.offsetMinutes, 180);
  assert.deepEqual(both.counts, [{ label: "soldiers returned", value: 2000 }]);
  assert.ok(!JSON.stringify(model.events).includes("\\r") && !JSON.stringify(model.events).includes("\uFEFF"));
});

test("ids: an id field wins over a file name that is not a slug; nested folders do not change the id", async () => {
  const { model } = await loadContent(TRICKY);
  const reopens = model.events.find((e) => e.id === "crossing-reopens")!;
  assert.equal(reopens.file, trickyFile("events/2024/Crossing Reopens (working title).md"));
  const deep = model.events.find((e) => e.id === "deep")!;
  assert.equal(deep.file, trickyFile("events/2024/12/19/nested/deep.md"));
});

test("references: single strings, aliases across scripts and apostrophes, NFC against NFD, Arabic content", async () => {
  const { model } = await loadContent(TRICKY);
  const byId = new Map(model.events.map((e) => [e.id, e]));
  const single = byId.get("single-reference")!;
  assert.deepEqual(
    [single.places, single.actors, single.figures, single.tags],
    [["al-qaim"], ["hayat-tahrir-al-sham"], ["hayder-karkhi"], ["border"]],
  );
  // Six spellings of one actor and four of one place collapse to one id each.
  assert.deepEqual(byId.get("aliases")!.actors, ["hayat-tahrir-al-sham"]);
  assert.deepEqual(byId.get("aliases")!.places, ["al-qaim"]);
  assert.deepEqual(byId.get("nfd")!.places, ["al-hasakah", "erbil"]);
  const arabic = byId.get("arabic")!;
  assert.equal(arabic.title, "العراق يغلق معبر القائم الحدودي مع سوريا");
  assert.deepEqual(arabic.places, ["al-qaim"]);
  assert.deepEqual(arabic.actors, ["iraqi-border-guards"]);
  assert.equal(arabic.summary, "أغلق العراق معبر القائم مع تقدم فصائل المعارضة نحو دير الزور.");
  assert.deepEqual(byId.get("bom-crlf")!.places, ["al-qaim", "abu-kamal"]);
  // Entity references too: within by Arabic alias and by lower-case name, affiliations as one string.
  assert.equal(model.places.get("abu-kamal")!.name, "البوكمال");
  assert.equal(model.places.get("abu-kamal")!.within, "syria");
  assert.equal(model.places.get("al-hasakah")!.within, "syria");
  assert.equal(model.actors.get("al-qaim-border-regiment")!.within, "iraqi-border-guards");
  assert.deepEqual(model.figures.get("hayder-karkhi")!.affiliations, ["iraqi-border-guards"]);
  assert.equal(
    [...model.places.values(), ...model.actors.values(), ...model.figures.values()].filter((e) => e.implicit).length,
    0,
  );
});

test("summary defaults to the first paragraph as plain text; {{ }} and other template syntax stay literal", async () => {
  const { model } = await loadContent(TRICKY);
  const byId = new Map(model.events.map((e) => [e.id, e]));
  assert.equal(byId.get("summary-default")!.summary, "The crossing at al-Qaim reopened for trucks only.");
  const template = byId.get("template")!;
  assert.equal(template.title, "Officials count {{ trucks }} at the crossing");
  assert.equal(
    template.body,
    "Officials said {{ 7*7 }} trucks crossed; {% if crossing %}open{% endif %} and ${process.env.HOME} stay as written.\n",
  );
  assert.equal(
    template.summary,
    "Officials said {{ 7*7 }} trucks crossed; {% if crossing %}open{% endif %} and ${process.env.HOME} stay as written.",
  );
  assert.ok(!template.summary.includes("49"));
  // An explicit summary wins over the body.
  const { model: sample } = await loadContent(SAMPLE);
  const returned = sample.events.find((e) => e.id === "syrian-soldiers-return-through-al-qaim")!;
  assert.match(returned.summary, /^On 19 December 2024 the closed al-Qaim crossing was briefly opened/);
});

test("every bad file of a large folder is reported, not just the first batch", async () => {
  const files: Record<string, string> = { "events/good.md": VALID_EVENT };
  for (let i = 1; i <= 150; i++)
    files[`events/bad-${String(i).padStart(3, "0")}.md`] = `---\ntitle: Event ${i}\ndate: 2024-02-30\n---\n`;
  const { dir, cleanup } = await tempContent(files);
  try {
    const { diagnostics, model } = await loadContent(dir);
    assert.equal(diagnostics.length, 150);
    assert.ok(diagnostics.every((d) => d.rule === "date-invalid" && d.line === 3 && d.column === 7));
    assert.equal(new Set(diagnostics.map((d) => d.file)).size, 150);
    assert.equal(sortDiagnostics(diagnostics)[0]!.file, rel(path.join(dir, "events/bad-001.md")));
    assert.deepEqual(
      model.events.map((e) => e.id),
      ["good"],
    );
  } finally {
    await cleanup();
  }
});

test("entity-cycle: a longer cycle is one error naming every file; a place within itself is an error too", async () => {
  const place = (name: string, within: string) => `---\nname: ${name}\nwithin: ${within}\n---\n`;
  const { dir, cleanup } = await tempContent({
    "places/a.md": place("A", "B"),
    "places/b.md": place("B", "C"),
    "places/c.md": place("C", "A"),
    "places/self.md": place("Self", "self"),
    "actors/brigade.md": "---\nname: Border Brigade\nwithin: Border Force\n---\n",
    "actors/force.md": "---\nname: Border Force\nwithin: brigade\naliases: [BF]\n---\n",
  });
  try {
    const { diagnostics } = await loadContent(dir);
    const f = (name: string) => rel(path.join(dir, name));
    assert.deepEqual(
      sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`),
      [
        `${f("actors/brigade.md")}:3:9 entity-cycle: within makes a cycle: "Border Brigade" (${f("actors/brigade.md")}) within "Border Force" (${f("actors/force.md")}) within "Border Brigade" (${f("actors/brigade.md")})`,
        `${f("places/a.md")}:3:9 entity-cycle: within makes a cycle: "A" (${f("places/a.md")}) within "B" (${f("places/b.md")}) within "C" (${f("places/c.md")}) within "A" (${f("places/a.md")})`,
        `${f("places/self.md")}:3:9 entity-cycle: within: "self" is this place itself`,
      ],
    );
  } finally {
    await cleanup();
  }
});

test("id-derived: Arabic file names get a transliterated id, and a warning", async () => {
  const { dir, cleanup } = await tempContent({
    "places/القائم.md": "---\nname: al-Qaim\n---\n",
    "events/Crossing Closes.md": VALID_EVENT,
  });
  try {
    const { diagnostics, model } = await loadContent(dir);
    assert.deepEqual(
      sortDiagnostics(diagnostics).map((d) => `${d.severity} ${d.rule}: ${d.message}`),
      [
        'warning id-derived: the file name "Crossing Closes.md" is not a URL slug, so its id is "crossing-closes"; rename the file to crossing-closes.md or add id: crossing-closes',
        'warning id-derived: the file name "القائم.md" is not a URL slug, so its id is "lqim"; rename the file to lqim.md or add id: lqim',
      ],
    );
    assert.deepEqual([...model.places.keys()], ["lqim"]);
    assert.deepEqual(
      model.events.map((e) => e.id),
      ["crossing-closes"],
    );
  } finally {
    await cleanup();
  }
});

test("an entity's description is read once, at load: its HTML and first paragraph come with the entity", async () => {
  const { dir, cleanup } = await tempContent({
    "places/al-qaim.md": "---\nname: al-Qaim\n---\nA **border** district\non the Euphrates.\n\nSecond paragraph.\n",
    "actors/guards.md": "---\nname: Border Guards\n---\n",
  });
  try {
    const { model } = await loadContent(dir);
    const place = model.places.get("al-qaim")!;
    const html =
      `<p dir="auto">A <strong>border</strong> district\non the Euphrates.</p>\n` +
      `<p dir="auto">Second paragraph.</p>\n`;
    assert.equal(place.descriptionHtml, html);
    assert.equal(place.descriptionFirstParagraph, "A border district on the Euphrates.");
    const guards = model.actors.get("guards")!;
    assert.deepEqual([guards.descriptionHtml, guards.descriptionFirstParagraph], ["", ""]);
  } finally {
    await cleanup();
  }
});

test("a reference in capitals to an entity's id resolves to it (matching ignores case for ids too)", async () => {
  const { dir, cleanup } = await tempContent({
    "places/al-qaim-border-crossing.md": "---\nname: al-Qaim crossing\n---\n",
    "events/e.md": VALID_EVENT.replace("date: 2024-12-06\n", "date: 2024-12-06\nlocation: Al-Qaim-Border-Crossing\n"),
  });
  try {
    const loaded = await loadContent(dir);
    const { model } = loaded;
    const diagnostics = applyStrict(loaded.diagnostics);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(model.events[0]!.places, ["al-qaim-border-crossing"]);
  } finally {
    await cleanup();
  }
});

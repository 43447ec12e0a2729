// Translations beside their originals (`<name>.<lang>.md`): what an editor writes in another language
// reaches the model as words per language, the original keeps everything else, and every problem is
// reported at its file, line and column (the corpus in test/fixtures/invalid pins one of each rule).
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { loadContent } from "../src/content/load.ts";
import { applyStrict } from "../src/content/strict.ts";
import { sortDiagnostics, type Diagnostic } from "../src/diagnostics.ts";
import { rel, tempContent, VALID_EVENT } from "./fixtures/support.ts";

const SITE = "title: Border\nlanguage: en\neditions: [ar, ckb]\n";

const PLACE = "---\nname: al-Qaim border crossing\naliases: [al-Qaim crossing]\n---\nThe main crossing.\n";
const PLACE_AR = "---\nname: منفذ القائم الحدودي\naliases:\n  - منفذ القائم\n---\nنقطة العبور الرئيسية.\n";
/** VALID_EVENT with more fields after its date. */
const eventWith = (fields: string) => VALID_EVENT.replace("date: 2024-12-06\n", `date: 2024-12-06\n${fields}`);
const EVENT = eventWith("location: al-Qaim crossing\nupdated: 2024-12-08\n");
const EVENT_AR =
  "---\ntitle: العراق يغلق منفذ القائم\nupdated: 2024-12-09\n---\n" + "أغلق العراق **المنفذ**.\n\nفقرة ثانية.\n";

async function load(files: Record<string, string>) {
  const { dir, cleanup } = await tempContent(files);
  try {
    const { model, diagnostics } = await loadContent(dir);
    const shown = (d: Diagnostic) => `${path.relative(dir, path.resolve(d.file))}:${d.line}:${d.column} ${d.rule}`;
    const file = (name: string) => rel(path.join(dir, name));
    return { model, diagnostics, lines: sortDiagnostics(diagnostics).map(shown), file };
  } finally {
    await cleanup();
  }
}

test("an event's translation holds its words; dates, places and sources stay the original's", async () => {
  const { model, diagnostics, file } = await load({
    "site.yml": SITE,
    "places/al-qaim-border-crossing.md": PLACE,
    "events/2024/crossing-closes.md": EVENT,
    "events/2024/crossing-closes.ar.md": EVENT_AR,
  });
  assert.deepEqual(applyStrict(diagnostics), []);
  const [event] = model.events;
  assert.equal(event!.lang, "en", "an original without lang: is in the site's language");
  assert.equal(event!.title, "Iraq closes the al-Qaim crossing");
  assert.deepEqual(Object.keys(event!.translations), ["ar"]);
  const ar = event!.translations.ar!;
  assert.equal(ar.lang, "ar");
  assert.equal(ar.file, file("events/2024/crossing-closes.ar.md"));
  assert.equal(ar.title, "العراق يغلق منفذ القائم");
  assert.equal(ar.summary, "أغلق العراق المنفذ.", "no summary: the body's first paragraph, as plain text");
  assert.equal(ar.bodyHtml, '<p dir="auto">أغلق العراق <strong>المنفذ</strong>.</p>\n<p dir="auto">فقرة ثانية.</p>\n');
  assert.equal(ar.bodyLine, 5);
  assert.equal(ar.updated?.text, "2024-12-09");
  assert.deepEqual(event!.places, ["al-qaim-border-crossing"]);
  assert.equal(event!.sources.length, 1);
});

test("a translation of the title alone leaves summary and body empty: untranslated, never filled in", async () => {
  const { model } = await load({
    "site.yml": SITE,
    "events/crossing-closes.md": VALID_EVENT,
    "events/crossing-closes.ckb.md": "---\ntitle: عێراق دەروازەی قائیم دادەخات\n---\n",
  });
  const ckb = model.events[0]!.translations.ckb!;
  assert.deepEqual([ckb.title, ckb.summary, ckb.body, ckb.bodyHtml], ["عێراق دەروازەی قائیم دادەخات", "", "", ""]);
  assert.equal(model.events[0]!.summary, "Iraq closed the crossing.", "the original keeps its own summary");
});

test("an event written in Arabic says so with lang:; its English translation is one like any other", async () => {
  const { model, diagnostics } = await load({
    "site.yml": SITE,
    "events/qaim-closed-again.md": VALID_EVENT.replace(
      "title: Iraq closes the al-Qaim crossing",
      "lang: ar\ntitle: إعادة إغلاق منفذ القائم",
    ),
    "events/qaim-closed-again.en.md": "---\ntitle: al-Qaim crossing closed again\n---\nIt was closed again.\n",
    "events/qaim-closed-again.ckb.md": "---\ntitle: دەروازەی قائیم دووبارە داخرایەوە\nlang: ckb\n---\n",
  });
  assert.deepEqual(diagnostics, []);
  const [event] = model.events;
  assert.equal(event!.lang, "ar");
  assert.equal(event!.title, "إعادة إغلاق منفذ القائم", "the default-language pages show the original's words");
  assert.deepEqual(Object.keys(event!.translations), ["en", "ckb"], "in the site's edition order");
  assert.equal(event!.translations.en!.title, "al-Qaim crossing closed again");
});

test("an entity's translated name and aliases name it in references, and its description is read once", async () => {
  const { model, diagnostics } = await load({
    "site.yml": SITE,
    "places/al-qaim-border-crossing.md": PLACE,
    "places/al-qaim-border-crossing.ar.md": PLACE_AR,
    "figures/hayder-karkhi.md": "---\nname: Hayder Karkhi\nrole: spokesperson\n---\n",
    "figures/hayder-karkhi.ar.md": "---\nname: حيدر كرخي\nrole: متحدث\n---\n",
    "events/crossing-closes.md": eventWith("location: منفذ القائم\nfigures: [حيدر كرخي]\n"),
  });
  assert.deepEqual(applyStrict(diagnostics), [], "no implicit entity: the Arabic names are the translations'");
  assert.deepEqual(model.events[0]!.places, ["al-qaim-border-crossing"]);
  assert.deepEqual(model.events[0]!.figures, ["hayder-karkhi"]);
  const place = model.places.get("al-qaim-border-crossing")!;
  assert.equal(place.lang, "en");
  assert.equal(place.name, "al-Qaim border crossing");
  assert.deepEqual(place.aliases, ["al-Qaim crossing"], "translated aliases stay with their translation");
  const ar = place.translations.ar!;
  assert.deepEqual([ar.name, ar.aliases], ["منفذ القائم الحدودي", ["منفذ القائم"]]);
  assert.equal(ar.descriptionHtml, '<p dir="auto">نقطة العبور الرئيسية.</p>\n');
  assert.equal(ar.descriptionFirstParagraph, "نقطة العبور الرئيسية.");
  assert.equal(model.figures.get("hayder-karkhi")!.translations.ar!.role, "متحدث");
});

test("a translated name another entity has: entity-collision in the translation; the original keeps it", async () => {
  const { model, lines, diagnostics } = await load({
    "site.yml": SITE,
    "places/al-qaim.md": "---\nname: al-Qaim\naliases: [القائم]\n---\n",
    "places/al-qaim-border-crossing.md": PLACE,
    "places/al-qaim-border-crossing.ar.md": "---\nname: منفذ القائم الحدودي\naliases:\n  - القائم\n---\n",
    "events/e.md": eventWith("location: القائم\n"),
  });
  assert.deepEqual(lines, ["places/al-qaim-border-crossing.ar.md:4:5 entity-collision"]);
  const message = /^"القائم" is also a name or alias of .*places\/al-qaim\.md \("al-Qaim"\); a name must point at one/;
  assert.match(diagnostics[0]!.message, message);
  assert.deepEqual(model.events[0]!.places, ["al-qaim"]);
});

test("a translation repeating its own original's alias is no collision", async () => {
  const { diagnostics } = await load({
    "site.yml": SITE,
    "actors/hts.md": "---\nname: Hay’at Tahrir al-Sham\naliases: [HTS, هيئة تحرير الشام]\n---\n",
    "actors/hts.ar.md": "---\nname: هيئة تحرير الشام\n---\n",
  });
  assert.deepEqual(diagnostics, []);
});

test("an implicit entity named in an Arabic event is in Arabic", async () => {
  const { model } = await load({
    "site.yml": SITE,
    "events/e.md": VALID_EVENT.replace("title:", "lang: ar\nlocation: حصيبة\ntitle:"),
  });
  const [place] = model.places.values();
  assert.deepEqual([place!.name, place!.implicit, place!.lang], ["حصيبة", true, "ar"]);
});

test("file names: only a second extension shaped like a language tag makes a translation", async () => {
  const { model, lines } = await load({
    "site.yml": SITE,
    "events/2024.12.md": VALID_EVENT,
    "events/report.v2.md": VALID_EVENT,
    "events/crossing.md": VALID_EVENT,
    "events/crossing.AR.md": "---\ntitle: العراق يغلق المنفذ\n---\n",
  });
  assert.deepEqual(lines, ["events/2024.12.md:1:1 id-derived", "events/report.v2.md:1:1 id-derived"]);
  assert.deepEqual(model.events.map((e) => e.id).sort(), ["2024-12", "crossing", "report-v2"]);
  const crossing = model.events.find((e) => e.id === "crossing")!;
  assert.deepEqual(Object.keys(crossing.translations), ["ar"], "tags read in any case");
});

test("a single-language site publishes no translation: each is reported, never silently dropped", async () => {
  const { lines, diagnostics } = await load({
    "events/crossing.md": VALID_EVENT,
    "events/crossing.ar.md": "---\ntitle: العراق يغلق المنفذ\n---\n",
  });
  assert.deepEqual(lines, ["events/crossing.ar.md:1:1 translation-language-unknown"]);
  const message = "the site is published in en alone; add ar to editions in site.yml to publish this translation";
  assert.equal(diagnostics[0]!.message, message);
});

test("translation-language-unknown: at lang: when written; a region of a site language is suggested", async () => {
  const { lines, diagnostics } = await load({
    "site.yml": SITE,
    "events/crossing.md": VALID_EVENT,
    "events/crossing.ar-iq.md": "---\ntitle: العراق يغلق المنفذ\nlang: ar-IQ\n---\n",
    "events/crossing.ckd.md": "---\ntitle: عێراق دەروازە دادەخات\n---\n",
    "events/crossing.tr.md": "---\ntitle: Irak kapıyı kapattı\n---\n",
  });
  assert.deepEqual(lines, [
    "events/crossing.ar-iq.md:3:7 translation-language-unknown",
    "events/crossing.ckd.md:1:1 translation-language-unknown",
    "events/crossing.tr.md:1:1 translation-language-unknown",
  ]);
  const messages = sortDiagnostics(diagnostics).map((d) => d.message);
  assert.equal(
    messages[0],
    "the site has no ar-IQ edition: its languages are en, ar, ckb (site.yml); " + 'did you mean "ar"?',
  );
  assert.match(messages[1]!, /did you mean "ckb"\?$/);
  assert.match(messages[2]!, /; add tr to editions in site.yml to publish this translation$/, "tr is not a typo of ar");
});

test("a site.yml with errors does not turn every translation into an error too", async () => {
  const { lines } = await load({
    "site.yml": "language: en\neditions: [ar, arabic]\n",
    "events/crossing.md": VALID_EVENT,
    "events/crossing.ar.md": "---\ntitle: العراق يغلق المنفذ\n---\n",
  });
  assert.deepEqual(lines, ["site.yml:2:16 language-invalid"]);
});

test("translation-stale only when both are dated and the translation's date ends before the original's", async () => {
  const original = VALID_EVENT.replace("date: 2024-12-06\n", "date: 2024-12-06\nupdated: 2024-12-22\n");
  const translated = (updated: string) => `---\ntitle: العراق يغلق المنفذ\n${updated}---\n`;
  const { lines } = await load({
    "site.yml": "language: en\neditions: [ar, ckb, tr]\n",
    "events/a.md": original,
    "events/a.ar.md": translated("updated: 2024-12-21\n"),
    "events/a.ckb.md": translated("updated: 2024-12\n"), // the same month: not known to be older
    "events/a.tr.md": translated(""),
    "events/b.md": VALID_EVENT,
    "events/b.ar.md": translated("updated: 2024-12-01\n"),
  });
  assert.deepEqual(lines, ["events/a.ar.md:3:10 translation-stale"]);
});

test("a translation with an error stays out; its original and the other translations load", async () => {
  const { model, lines } = await load({
    "site.yml": SITE,
    "events/crossing.md": VALID_EVENT,
    "events/crossing.ar.md": "---\ntitle: العراق يغلق المنفذ\nsources: [https://example.org]\nloaction: x\n---\n",
    "events/crossing.ckb.md": "---\ntitle: عێراق دەروازە دادەخات\n---\nدەقێک [بەستەر](javascript:alert(1)).\n",
    "places/anbar.md": "---\nname: Anbar\n---\n",
    "places/anbar.ar.md": "---\nname: الأنبار\nrole: محافظة\n---\n",
  });
  assert.deepEqual(lines, [
    "events/crossing.ar.md:3:1 translation-field",
    "events/crossing.ar.md:4:1 key-unknown",
    "events/crossing.ckb.md:4:16 link-invalid",
    "places/anbar.ar.md:3:1 key-unknown",
  ]);
  const kept = Object.keys(model.events[0]!.translations);
  assert.deepEqual(kept, ["ckb"], "a refused link is left out of the page, as in originals");
  assert.deepEqual(Object.keys(model.places.get("anbar")!.translations), []);
});

test("translation-orphan in an entity folder names the original expected beside it", async () => {
  const { lines, diagnostics } = await load({ "site.yml": SITE, "places/anbar.ckb.md": "---\nname: ئەنبار\n---\n" });
  assert.deepEqual(lines, ["places/anbar.ckb.md:1:1 translation-orphan"]);
  assert.equal(
    diagnostics[0]!.message,
    "this is named as the ckb translation of anbar.md, which is not beside it; " +
      "add the original, or rename this file (to anbar-ckb.md, say) if it is not a translation",
  );
});

test("a translation of an original that does not parse is reported with its original only", async () => {
  const { lines } = await load({
    "site.yml": SITE,
    "events/crossing.md": "---\ntitle: Crossing\ndate: 2024-02-30\n---\n",
    "events/crossing.ar.md": "---\ntitle: العراق يغلق المنفذ\n---\n",
  });
  assert.deepEqual(lines, ["events/crossing.md:3:7 date-invalid"]);
});

/** VALID_EVENT withdrawn, with two corrections listed newest first (the event shows them oldest first). */
const CORRECTED = eventWith(
  "withdrawn:\n  date: 2025-01-10\n  reason: The only source was retracted.\n" +
    "corrections:\n  - date: 2024-12-23\n    text: The day is now approximate.\n" +
    "  - date: 2024-12-08\n    text: The crossing was misnamed.\n",
);

test("a translation gives corrections' texts by the original's position and the withdrawal's reason", async () => {
  const { model, diagnostics } = await load({
    "site.yml": SITE,
    "events/crossing.md": CORRECTED,
    // The dates as the web editor copies them in; the reason without one.
    "events/crossing.ar.md":
      "---\ntitle: العراق يغلق المنفذ\nwithdrawn:\n  reason: سحب الناشر مصدره الوحيد.\n" +
      "corrections:\n  - date: 2024-12-23\n    text: صار اليوم تقريبيا.\n  - text: كان اسم المنفذ خاطئا.\n---\n",
    // Fewer than the original: the first alone, and no reason; the second is shown in English.
    "events/crossing.ckb.md": "---\ntitle: عێراق دەروازە دادەخات\ncorrections:\n  - text: ڕۆژەکە نزیکەییە.\n---\n",
  });
  assert.deepEqual(diagnostics, []);
  const [event] = model.events;
  assert.deepEqual(
    event!.corrections!.map((c) => c.text),
    ["The crossing was misnamed.", "The day is now approximate."],
    "oldest first",
  );
  const { ar, ckb } = event!.translations;
  assert.deepEqual(ar!.corrections, ["كان اسم المنفذ خاطئا.", "صار اليوم تقريبيا."], "in the event's order");
  assert.equal(ar!.withdrawnReason, "سحب الناشر مصدره الوحيد.");
  assert.deepEqual(ckb!.corrections, [undefined, "ڕۆژەکە نزیکەییە."]);
  assert.equal(ckb!.withdrawnReason, undefined);
});

test("a correction or withdrawal the web editor copied without its text is not translated yet, and no error", async () => {
  const { model, diagnostics } = await load({
    "site.yml": SITE,
    "events/crossing.md": CORRECTED,
    "events/crossing.ar.md":
      "---\ntitle: العراق يغلق المنفذ\nwithdrawn:\n  date: 2025-01-10\n" +
      "corrections:\n  - date: 2024-12-23\n  - date: 2024-12-08\n    text: كان اسم المنفذ خاطئا.\n---\n",
  });
  assert.deepEqual(diagnostics, []);
  const ar = model.events[0]!.translations.ar!;
  assert.deepEqual(ar.corrections, ["كان اسم المنفذ خاطئا.", undefined]);
  assert.equal(ar.withdrawnReason, undefined);
});

test("corrections and withdrawn against the original: every problem at once, each at its value; the translation stays out", async () => {
  const { model, lines, diagnostics } = await load({
    "site.yml": SITE,
    "events/crossing.md": CORRECTED,
    "events/crossing.ar.md":
      "---\ntitle: العراق يغلق المنفذ\nwithdrawn:\n  date: 2025-01-11\n  reason: سحب.\ncorrections:\n" +
      "  - date: 2024-12-08\n    text: صار اليوم تقريبيا.\n  - text: كان اسم المنفذ خاطئا.\n  - text: تصحيح ثالث.\n---\n",
    "events/plain.md": VALID_EVENT.replace("title: Iraq closes", "title: Iraq shuts"),
    "events/plain.ckb.md":
      "---\ntitle: عێراق دەروازە دادەخات\nwithdrawn:\n  reason: هۆکار.\ncorrections:\n  - text: ڕاستکردنەوە.\n---\n",
  });
  assert.deepEqual(lines, [
    "events/crossing.ar.md:4:9 translation-date-mismatch",
    "events/crossing.ar.md:7:11 translation-date-mismatch",
    "events/crossing.ar.md:10:5 translation-correction-extra",
    "events/plain.ckb.md:3:1 translation-not-withdrawn",
    "events/plain.ckb.md:6:5 translation-correction-extra",
  ]);
  const said = (line: string) => diagnostics.find((d) => `${d.line}:${d.column}` === line)!.message;
  assert.equal(
    said("7:11"),
    "corrections[1].date: 2024-12-08, but correction 1 of crossing.md is dated 2024-12-23; a translation's " +
      "corrections match the original's by position: put them in the original's order, and write its date or leave date out",
  );
  assert.equal(
    said("10:5"),
    "corrections[3]: crossing.md has 2 corrections, and a translation at most as many, matched by position; " +
      "remove this one, or add the correction to the original first",
  );
  assert.equal(
    said("6:5"),
    "corrections[1]: plain.md has no corrections; remove this one, or add the correction to the original first",
  );
  assert.deepEqual(
    model.events.map((e) => Object.keys(e.translations)),
    [[], []],
    "a translation with an error stays out",
  );
});

test("a misspelt key inside a translation's corrections or withdrawn: did you mean", async () => {
  const { lines, diagnostics } = await load({
    "site.yml": SITE,
    "events/crossing.md": CORRECTED,
    "events/crossing.ar.md":
      "---\ntitle: العراق يغلق المنفذ\nwithdrawn:\n  reasn: سحب.\ncorrections:\n  - txt: صار اليوم تقريبيا.\n---\n",
  });
  assert.deepEqual(lines, ["events/crossing.ar.md:4:3 key-unknown", "events/crossing.ar.md:6:5 key-unknown"]);
  assert.deepEqual(
    sortDiagnostics(diagnostics).map((d) => d.message),
    [
      'withdrawn: unknown field "reasn"; did you mean "reason"?',
      'corrections[1]: unknown field "txt"; did you mean "text"?',
    ],
  );
});

test("counts: {}, which the web editor writes into every event translation it saves, is no error; counts with a value is", async () => {
  const { model, lines } = await load({
    "site.yml": SITE,
    "events/crossing.md": eventWith("counts:\n  soldiers returned: 2000\n"),
    "events/crossing.ar.md": "---\ntitle: العراق يغلق المنفذ\ncounts: {}\n---\n",
    "events/crossing.ckb.md": "---\ntitle: عێراق دەروازە دادەخات\ncounts:\n  soldiers returned: 200\n---\n",
  });
  assert.deepEqual(lines, ["events/crossing.ckb.md:3:1 translation-field"]);
  assert.deepEqual(Object.keys(model.events[0]!.translations), ["ar"]);
  assert.deepEqual(model.events[0]!.counts, [{ label: "soldiers returned", value: 2000 }]);
});

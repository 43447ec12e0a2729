// Corrections on the record: `corrections: [{date, text}]` shows on the event's page, on /corrections/ and
// in its feed, in every edition; the page's "Updated" date follows the latest correction. The sample
// content carries one (content/events/2024/iraq-closes-al-qaim-crossing.md), translated into Arabic; here
// the original gains a second, which the Arabic edition shows in English until the translation gives it.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { build } from "../src/build.ts";
import { loadContent } from "../src/content/load.ts";
import { copySample } from "./sample-copy.ts";

const ID = "iraq-closes-al-qaim-crossing";
const TEXT =
  "An earlier version gave 8 December as the day the crossing closed. Rudaw gives no day, so the date is now marked as approximate.";
/** The sample's Arabic translation of TEXT (iraq-closes-al-qaim-crossing.ar.md). */
const TEXT_AR =
  "ذكرت نسخة سابقة من هذا الخبر أن المنفذ أغلق في 8 كانون الأول. ولا تحدد روداو يوم الإغلاق، لذلك صار التاريخ موسوما بأنه تقريبي.";
/** A newer correction, added to the original only. */
const NEWER = "An earlier version named the wrong district; the crossing links al-Qaim district with Abu Kamal.";

let tmp: string;
let site: string;
describe("corrections on the record", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-corrections-"));
    site = path.join(tmp, "_site");
    // English and Arabic: the corrections of an edition that reads right to left, beside the default one.
    const content = await copySample(path.join(tmp, "content"), { editions: ["ar"] });
    const file = path.join(content, `events/2024/${ID}.md`);
    const text = await fs.readFile(file, "utf8");
    await fs.writeFile(file, text.replace("\nsources:", `\n  - date: 2025-01-05\n    text: ${NEWER}\nsources:`));
    const result = await build({ contentDir: content, outputDir: site, baseUrl: "https://timeline.example.org" });
    assert.equal(result.exitCode, 0, result.failure);
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const read = (page: string) => fs.readFile(path.join(site, page), "utf8");

  const section = (page: string) =>
    /<section class="corrections" id="corrections"[^]*?<\/section>/.exec(page)?.[0] ?? "";

  test("the event's page lists its corrections, oldest first, and its Updated date follows the latest", async () => {
    const page = await read(`events/${ID}/index.html`);
    const corrections = section(page);
    assert.match(corrections, /<h2 id="corrections-heading">Corrections<\/h2>/);
    assert.match(corrections, /<li><time datetime="2024-12-23" dir="auto">23 December 2024<\/time>/);
    assert.ok(corrections.indexOf(TEXT) > 0 && corrections.indexOf(TEXT) < corrections.indexOf(NEWER));
    assert.match(page, /Updated <time datetime="2025-01-05" dir="auto">5 January 2025<\/time>/);
  });

  test("the Arabic edition's event page gives the translated correction in Arabic, the newer one in English, marked", async () => {
    const page = await read(`ar/events/${ID}/index.html`);
    assert.match(page, /^<!doctype html>\n<html lang="ar" dir="rtl"/);
    const corrections = section(page);
    assert.ok(corrections.includes(`<span dir="auto">${TEXT_AR}</span>`), corrections);
    assert.ok(corrections.includes(`<span dir="auto" lang="en">${NEWER}</span>`), corrections);
    assert.ok(!corrections.includes(TEXT), "the translated correction is not shown in English too");
  });

  test("/corrections/ lists every correction newest first with its event, in each edition, and links its feed", async () => {
    const page = await read("corrections/index.html");
    assert.match(
      page,
      new RegExp(`<a href="/events/${ID}/#corrections" dir="auto">Iraq shuts the al-Qaim crossing with Syria</a>`),
    );
    assert.ok(page.includes(TEXT));
    assert.match(
      page,
      /<link rel="alternate" type="application\/atom\+xml" title="Corrections · [^"]+" href="\/corrections\/feed.xml">/,
    );
    // Every page's footer leads here.
    assert.match(await read("index.html"), /<a href="\/corrections\/">Corrections<\/a>/);
    const arabic = await read("ar/corrections/index.html");
    assert.match(arabic, /<h1>التصحيحات<\/h1>/);
    // The translated correction in the page's language; the newer one, not translated, in English, marked.
    assert.ok(arabic.includes(`<p dir="auto">${TEXT_AR}</p>`));
    assert.ok(arabic.includes(`<p dir="auto" lang="en">${NEWER}</p>`));
    assert.ok(!arabic.includes(TEXT));
  });

  test("the corrections feed has an entry per correction, read back by a feed parser", async () => {
    const feed = parseFeed(await read("corrections/feed.xml"));
    assert.equal(feed.title, "Corrections · Iraq–Syria border after Assad");
    assert.equal(feed.items.length, 2);
    const [newer, entry] = feed.items;
    assert.equal(newer?.id, `https://timeline.example.org/events/${ID}/#correction-2`);
    assert.equal(newer?.published?.toISOString(), "2025-01-05T00:00:00.000Z");
    assert.equal(entry?.title, "Correction: Iraq shuts the al-Qaim crossing with Syria");
    assert.equal(entry?.url, `https://timeline.example.org/events/${ID}/#corrections`);
    assert.equal(entry?.id, `https://timeline.example.org/events/${ID}/#correction-1`);
    assert.equal(entry?.published?.toISOString(), "2024-12-23T00:00:00.000Z");
    assert.ok(entry?.description?.includes(TEXT));
    // The Arabic edition's feed carries the Arabic text, and the newer correction in English.
    const arabic = parseFeed(await read("ar/corrections/feed.xml"));
    assert.deepEqual(
      arabic.items.map((item) => [item.id, item.description?.includes(TEXT_AR), item.description?.includes(NEWER)]),
      [
        [`https://timeline.example.org/ar/events/${ID}/#correction-2`, false, true],
        [`https://timeline.example.org/ar/events/${ID}/#correction-1`, true, false],
      ],
    );
  });

  test("a correction without its text, or with a misspelt key, is an error where it is written", async () => {
    const content = await copySample(path.join(tmp, "invalid"), { editions: [] });
    const file = path.join(content, `events/2024/${ID}.md`);
    const text = await fs.readFile(file, "utf8");
    await fs.writeFile(
      file,
      text.replace(/corrections:\n[^]*?\nsources:/, "corrections:\n  - date: 2024-12-23\n    txt: Fixed.\nsources:"),
    );
    const found = (await loadContent(content)).diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.rule}`);
    assert.deepEqual(found, [`${ID}.md:11:5 key-unknown`, `${ID}.md:10:5 field-required`]);
  });
});

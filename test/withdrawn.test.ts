// Withdrawn, not deleted: an event given `withdrawn: {date, reason}` keeps its address as a notice (title,
// date, the reason, when it was withdrawn) and leaves everything else: the timeline, entity pages, counts,
// search and feeds. The exports list it among the withdrawn, with its date and reason.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { build } from "../src/build.ts";
import { loadContent } from "../src/content/load.ts";
import { copySample } from "./sample-copy.ts";

const ID = "syrian-soldiers-seek-refuge-in-iraq";
const TITLE = "Thousands of Syrian soldiers flee into Iraq";
const WITHDRAWN = "withdrawn:\n  date: 2025-01-10\n  reason: The only source was retracted by its publisher.\n";
/** The reason in the Arabic translation, its date copied from the original as the web editor writes it. */
const REASON_AR = "سحب الناشر المصدر الوحيد لهذا الحدث.";

let tmp: string;
describe("withdrawn events", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-withdrawn-"));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  async function sampleWithdrawing(name: string, withdrawn = WITHDRAWN): Promise<string> {
    const content = path.join(tmp, name, "content");
    // English and Arabic: the notice in an edition that reads right to left, beside the default one.
    await copySample(content, { editions: ["ar"] });
    const file = path.join(content, `events/2024/${ID}.md`);
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace("\nsources:", `\n${withdrawn}sources:`));
    return content;
  }

  /** Every file of the site, relative, with its text. */
  async function siteFiles(dir: string): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    for (const name of await fs.readdir(dir, { recursive: true })) {
      if (!/\.(html|xml|json|csv|geojson)$/.test(name) || name.startsWith("pagefind")) continue;
      files.set(name, await fs.readFile(path.join(dir, name), "utf8"));
    }
    return files;
  }

  test("a withdrawn event keeps its address as a notice, in every edition, and is nowhere else but the withdrawn exports", async () => {
    const content = await sampleWithdrawing("built");
    const arabicFile = path.join(content, `events/2024/${ID}.ar.md`);
    const arabicText = await fs.readFile(arabicFile, "utf8");
    await fs.writeFile(
      arabicFile,
      arabicText.replace("\n---\n", `\nwithdrawn:\n  date: 2025-01-10\n  reason: ${REASON_AR}\n---\n`),
    );
    const output = path.join(tmp, "built", "_site");
    const result = await build({ contentDir: content, outputDir: output });
    assert.equal(result.exitCode, 0, result.failure ?? JSON.stringify(result.diagnostics));

    const notice = await fs.readFile(path.join(output, "events", ID, "index.html"), "utf8");
    assert.match(notice, new RegExp(`<h1 dir="auto">${TITLE}</h1>`));
    assert.match(notice, /<time datetime="2024-12" dir="auto">c\. December 2024<\/time>/);
    assert.match(
      notice,
      /This event was withdrawn on <time datetime="2025-01-10" dir="auto">10 January 2025<\/time>\./,
    );
    assert.match(notice, /Reason: <span dir="auto">The only source was retracted by its publisher\.<\/span>/);
    assert.doesNotMatch(notice, /data-pagefind-body/, "not indexed for search");
    const arabic = await fs.readFile(path.join(output, "ar/events", ID, "index.html"), "utf8");
    assert.match(arabic, /سُحب هذا الحدث في <time datetime="2025-01-10" dir="auto">/);
    // The translation's reason, in the page's own language; the English one only on the English page.
    assert.ok(arabic.includes(`<span dir="auto">${REASON_AR}</span>`), "the Arabic notice gives the translated reason");
    assert.ok(!arabic.includes("The only source was retracted"));
    assert.ok(!notice.includes(REASON_AR));

    // No other page, feed or export names it or links to it.
    const elsewhere = [...(await siteFiles(output))]
      .filter(([name]) => !/^(\w+\/)?events\/syrian-soldiers-seek-refuge-in-iraq\/index\.html$/.test(name))
      .filter(([name]) => !name.startsWith("data/withdrawn.") && name !== "data/manifest.json")
      .filter(([, text]) => text.includes(TITLE) || text.includes(`/events/${ID}/`))
      .map(([name]) => name);
    assert.deepEqual(elsewhere, []);

    const events = JSON.parse(await fs.readFile(path.join(output, "data/events.json"), "utf8")) as {
      events: { id: string }[];
    };
    assert.equal(result.events, events.events.length);
    assert.ok(!events.events.some((e) => e.id === ID));
    assert.deepEqual(JSON.parse(await fs.readFile(path.join(output, "data/withdrawn.json"), "utf8")), {
      withdrawn: [
        {
          id: ID,
          title: TITLE,
          event_date: "2024-12",
          withdrawn: "2025-01-10",
          reason: "The only source was retracted by its publisher.",
          url: `/events/${ID}/`,
        },
      ],
    });
    assert.equal(
      await fs.readFile(path.join(output, "data/withdrawn.csv"), "utf8"),
      `id,title,event_date,withdrawn,reason,url\n${ID},${TITLE},2024-12,2025-01-10,The only source was retracted by its publisher.,/events/${ID}/\n`,
    );
  });

  test("a withdrawal without its reason, or with a misspelt key, is an error where it is written", async () => {
    const content = await sampleWithdrawing("invalid", "withdrawn:\n  date: 2025-01-10\n  reson: Retracted.\n");
    const found = (await loadContent(content)).diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.rule}`);
    assert.deepEqual(found, [`${ID}.md:11:3 key-unknown`, `${ID}.md:9:1 field-required`]);
  });
});

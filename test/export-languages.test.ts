// Languages in /data/events.json: a site with editions or translations exports each event's language and
// its translations (described by the JSON Schema published beside it), and `npm run import` of that file
// writes the translations back beside their events, never over a file; a single-language site exports
// exactly what it did before editions existed.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { loadContent } from "../src/content/load.ts";
import { eventsJsonChunks, type EventsDocument } from "../src/export/json.ts";
import { eventsSchema } from "../src/export/schema.ts";
import { importFile } from "../src/import/import.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import { tempDir } from "./export-fixture.ts";

const SITE = 'title: Border\nlanguage: en\neditions: [ar, ckb]\nbaseUrl: ""\n';
const SOURCES = "sources: [https://example.org/a]\n";

const FILES: Record<string, string> = {
  "site.yml": SITE,
  "places/al-qaim.md": "---\nname: al-Qaim\n---\n",
  "events/2024/crossing-closes.md":
    "---\ntitle: Iraq closes the al-Qaim crossing\ndate: 2024-12-07\nlocation: al-Qaim\nupdated: 2024-12-08\n" +
    `${SOURCES}---\n` +
    "The crossing closed as fighting neared the border.\n",
  "events/2024/crossing-closes.ar.md":
    "---\ntitle: العراق يغلق منفذ القائم\nsummary: أغلق العراق المنفذ مع اقتراب القتال.\nupdated: 2024-12-09\n---\n",
  "events/2024/crossing-closes.ckb.md": "---\ntitle: عێراق دەروازەی قائیم دادەخات\n---\nعێراق دەروازەکەی داخست.\n",
  "events/2024/closed-again.md": `---\nlang: ar\ntitle: إعادة إغلاق منفذ القائم\ndate: 2024-12-19\ncirca: true\n${SOURCES}---\nأعيد إغلاق المنفذ.\n`,
  "events/2024/closed-again.en.md": "---\ntitle: al-Qaim closed again\n---\nThe crossing was closed again.\n",
  "events/2024/untranslated.md": `---\ntitle: A patrol\ndate: 2024-12-20\n${SOURCES}---\nA patrol.\n`,
};

let root: { dir: string; cleanup: () => Promise<void> };
let document: EventsDocument;
let exported: string;

async function writeFolder(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
}

async function documentOf(contentDir: string): Promise<EventsDocument> {
  const { model, diagnostics } = await loadContent(contentDir);
  assert.deepEqual(diagnostics, [], "the content passes check, warnings included");
  const events = buildTimeline(model, { drafts: false }).events;
  return JSON.parse([...eventsJsonChunks(model, events)].join("")) as EventsDocument;
}

describe("languages in /data/events.json", () => {
  before(async () => {
    root = await tempDir("dateline-export-languages-");
    await writeFolder(path.join(root.dir, "content"), FILES);
    document = await documentOf(path.join(root.dir, "content"));
    exported = path.join(root.dir, "events.json");
    await fs.writeFile(exported, `${JSON.stringify(document, null, 1)}\n`);
  });
  after(() => root?.cleanup());

  describe("events.json with languages", () => {
    test("names the site's language, and gives every event its language and translations", () => {
      assert.equal(document.language, "en");
      const byId = new Map(document.events.map((e) => [e.id, e]));
      const closes = byId.get("crossing-closes")!;
      assert.equal(closes.lang, "en");
      assert.deepEqual(closes.translations, {
        ar: {
          title: "العراق يغلق منفذ القائم",
          summary: "أغلق العراق المنفذ مع اقتراب القتال.",
          updated: { value: "2024-12-09", precision: "day" },
        },
        ckb: { title: "عێراق دەروازەی قائیم دادەخات", summary: "عێراق دەروازەکەی داخست.", updated: null },
      });
      assert.deepEqual(Object.keys(closes).slice(0, 5), ["id", "lang", "title", "summary", "translations"]);
      const again = byId.get("closed-again")!;
      const languages = Object.keys(again.translations ?? {});
      assert.deepEqual([again.lang, again.title, languages], ["ar", "إعادة إغلاق منفذ القائم", ["en"]]);
      assert.deepEqual(byId.get("untranslated")!.translations, {});
    });

    test("validates against the schema published beside it, which refuses a translation without a title", () => {
      const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
      const validate = ajv.compile(eventsSchema({ baseUrl: "" }, true));
      assert.ok(validate(document), ajv.errorsText(validate.errors));
      const withoutTitle = structuredClone(document);
      const first = withoutTitle.events.find((e) => e.id === "crossing-closes")!;
      first.translations = { ar: { summary: "", updated: null } as never };
      assert.equal(validate(withoutTitle), false);
      assert.equal(validate({ ...document, language: "Arabic" }), false);
    });

    test("a single-language site without translations exports exactly what it did before", async () => {
      const dir = path.join(root.dir, "single", "content");
      await writeFolder(dir, {
        "site.yml": 'title: Border\nlanguage: en\nbaseUrl: ""\n',
        "events/2024/untranslated.md": FILES["events/2024/untranslated.md"]!,
      });
      const single = await documentOf(dir);
      assert.equal("language" in single, false);
      assert.deepEqual(Object.keys(single.events[0]!).slice(0, 3), ["id", "title", "summary"]);
      const schema = eventsSchema({ baseUrl: "" }) as { $defs: { event: { properties: object } } };
      assert.ok(!JSON.stringify(schema).includes("translation"), "its schema speaks of no translation");
      assert.ok(!("lang" in schema.$defs.event.properties), "nor of the events' language");
    });
  });

  describe("export → import → export with translations", () => {
    test("translations come back as files beside their events, words only; the document reads the same", async () => {
      const target = path.join(root.dir, "reimported", "content");
      await writeFolder(target, { "site.yml": SITE });
      const report = await importFile(exported, target);
      assert.deepEqual([report.written, report.translations, report.warnings], [3, 3, []]);
      assert.deepEqual(report.files.filter((f) => f.startsWith("events/")).sort(), [
        "events/2024/closed-again.en.md",
        "events/2024/closed-again.md",
        "events/2024/crossing-closes.ar.md",
        "events/2024/crossing-closes.ckb.md",
        "events/2024/crossing-closes.md",
        "events/2024/untranslated.md",
      ]);
      assert.equal(
        await fs.readFile(path.join(target, "events/2024/crossing-closes.ar.md"), "utf8"),
        '---\ntitle: العراق يغلق منفذ القائم\nupdated: "2024-12-09"\n---\nأغلق العراق المنفذ مع اقتراب القتال.\n',
      );
      assert.match(await fs.readFile(path.join(target, "events/2024/closed-again.md"), "utf8"), /^lang: ar$/m);
      assert.doesNotMatch(await fs.readFile(path.join(target, "events/2024/crossing-closes.md"), "utf8"), /^lang:/m);
      const again = await documentOf(target);
      const comparable = (d: EventsDocument) => ({ ...d, events: d.events.map(({ url: _url, ...rest }) => rest) });
      assert.deepEqual(comparable(again), comparable(document));
    });

    test("never overwrites: a second import writes nothing, and an editor's translation stays as written", async () => {
      const target = path.join(root.dir, "kept", "content");
      const edited = "---\ntitle: ترجمة المحرر\n---\n";
      await writeFolder(target, { "site.yml": SITE, "events/2024/untranslated.ar.md": edited });
      const first = await importFile(exported, target);
      assert.equal(first.written, 3);
      const second = await importFile(exported, target);
      assert.deepEqual([second.written, second.translations, second.files], [0, 0, []]);
      assert.equal(await fs.readFile(path.join(target, "events/2024/untranslated.ar.md"), "utf8"), edited);
    });

    test("a site without an edition gets no translation in that language, and is told why", async () => {
      const target = path.join(root.dir, "no-ckb", "content");
      await writeFolder(target, { "site.yml": 'title: Border\nlanguage: en\neditions: [ar]\nbaseUrl: ""\n' });
      const report = await importFile(exported, target);
      assert.equal(report.translations, 2, "crossing-closes in ar, and closed-again (written in ar) in en");
      assert.deepEqual(report.warnings, [
        "event 1 (ckb): translation not written: the site has no ckb edition (add it to editions in site.yml)",
      ]);
      const { diagnostics } = await loadContent(target);
      assert.deepEqual(
        diagnostics.filter((d) => d.severity === "error"),
        [],
      );
    });
  });
});

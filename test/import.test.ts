// `npm run import`: each format it recognises, --map for any other sheet (on the real Wikipedia
// current-events items in ../shared/data), adding to existing content without overwriting anything,
// and the command itself. What an import writes must load without errors (what `npm run check` runs).
// UCDP GED is test/import-ucdp.test.ts (a small file) and test/slow/ucdp.test.ts (the real 16,566 rows).
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { build } from "../src/build.ts";
import { loadContent, type LoadResult } from "../src/content/load.ts";
import { dateText } from "../src/import/date-text.ts";
import { detectCsvFormat } from "../src/import/detect.ts";
import { ImportError, importFile, summarizeImport } from "../src/import/import.ts";
import { markdownBody } from "../src/import/markdown-text.ts";
import { titleFromText } from "../src/import/title.ts";
import type { Entity } from "../src/model/types.ts";
import { readBody } from "../src/markup/markdown.ts";
import { tempDir } from "./export-fixture.ts";
import { runCli, spawnCli } from "./run-cli.ts";

const ITEMS = path.resolve(
  process.cwd(),
  "../shared/data/wikipedia-current-events-syria-iraq-2024-11-2025-01/items.csv",
);
const WIKI_MAP = ["title=text", "tags=category,topic", "date=date"];

let root: { dir: string; cleanup: () => Promise<void> };
describe("npm run import", () => {
  before(async () => {
    root = await tempDir("dateline-import-");
  });
  after(() => root?.cleanup());

  async function writeFile(name: string, text: string): Promise<string> {
    const file = path.join(root.dir, name);
    await fs.writeFile(file, text);
    return file;
  }

  async function loaded(contentDir: string): Promise<LoadResult> {
    const result = await loadContent(contentDir);
    assert.deepEqual(
      result.diagnostics.filter((d) => d.severity === "error"),
      [],
      "the imported content must pass check",
    );
    return result;
  }

  const byName = (entities: Map<string, Entity>, name: string) => [...entities.values()].find((e) => e.name === name);

  function csv(rows: Record<string, string>[], header = Object.keys(rows[0]!)): string {
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    return (
      [header.map(quote).join(","), ...rows.map((row) => header.map((h) => quote(row[h] ?? "")).join(","))].join("\n") +
      "\n"
    );
  }

  const ACLED_HEADER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
  ];
  const ACLED_ROWS: Record<string, string>[] = [
    {
      event_id_cnty: "SYR1001",
      event_date: "2024-12-05",
      time_precision: "1",
      disorder_type: "Political violence",
      event_type: "Battles",
      sub_event_type: "Armed clash",
      actor1: "Military Forces of Syria (2000-2024)",
      actor2: "Hayat Tahrir al Sham",
      assoc_actor_2: "Ahrar al Sham; National Front for Liberation",
      country: "Syria",
      admin1: "Hama",
      admin2: "Hama",
      admin3: "Hama",
      location: "Hama",
      latitude: "35.1318",
      longitude: "36.7578",
      source: "SOHR; Step News Agency",
      notes: "# On 5 December 2024, *fighting* reached [the city] <b>centre</b>.\n\n2. Second paragraph.",
      fatalities: "12",
    },
    {
      event_id_cnty: "SYR1002",
      event_date: "07 December 2024",
      time_precision: "2",
      disorder_type: "Political violence",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Air/drone strike",
      actor1: "Military Forces of Russia (2000-)",
      country: "Syria",
      admin1: "Idleb",
      admin2: "Ariha",
      admin3: "Ariha",
      location: "Ariha",
      latitude: "35.8126",
      longitude: "36.6103",
      source: "SOHR",
      notes: "An air strike hit the town.",
      fatalities: "0",
    },
    {
      event_id_cnty: "SYR1003",
      event_date: "2024-11-15",
      time_precision: "3",
      event_type: "Strategic developments",
      sub_event_type: "Looting/property destruction",
      actor1: "Unidentified Armed Group (Syria)",
      country: "Syria",
      admin1: "Idleb",
      location: "Idleb",
      latitude: "35.9306",
      longitude: "36.6339",
      source: "Local media",
      notes: "",
      fatalities: "",
    },
    {
      event_id_cnty: "SYR1004",
      event_date: "12/05/2024",
      event_type: "Battles",
      sub_event_type: "Armed clash",
      actor1: "X",
      country: "Syria",
      location: "Hama",
    },
    // Another Ariha (a homonym in another governorate) keeps both apart.
    {
      event_id_cnty: "SYR1005",
      event_date: "2024-12-09",
      time_precision: "1",
      event_type: "Battles",
      sub_event_type: "Armed clash",
      actor1: "Hayat Tahrir al Sham",
      country: "Syria",
      admin1: "Hama",
      admin2: "Hama",
      location: "Ariha",
      source: "SOHR",
    },
  ];

  describe("ACLED", () => {
    let content: string;
    let result: LoadResult;
    let report: Awaited<ReturnType<typeof importFile>>;
    before(async () => {
      const file = await writeFile("acled.csv", csv(ACLED_ROWS, ACLED_HEADER));
      content = path.join(root.dir, "acled-content");
      report = await importFile(file, content);
      result = await loaded(content);
    });

    test("is recognised, and each good row becomes an event with an ACLED id; a bad date is reported and skipped", () => {
      assert.equal(report.format, "acled");
      assert.equal(report.written, 4);
      assert.deepEqual(result.model.events.map((e) => e.id).sort(), [
        "acled-syr1001",
        "acled-syr1002",
        "acled-syr1003",
        "acled-syr1005",
      ]);
      assert.equal(report.warnings.length, 1);
      assert.match(report.warnings[0]!, /^row 5: event_date: "12\/05\/2024" could be day\/month or month\/day/);
    });

    test("dates follow time_precision; actors, fatalities, tags, sources and notes arrive as written", () => {
      const event = (id: string) => result.model.events.find((e) => e.id === id)!;
      assert.deepEqual([event("acled-syr1001").date.text, event("acled-syr1001").circa], ["2024-12-05", false]);
      assert.deepEqual([event("acled-syr1002").date.text, event("acled-syr1002").circa], ["2024-12-07", true]);
      assert.equal(event("acled-syr1003").date.text, "2024-11");
      const clash = event("acled-syr1001");
      assert.equal(clash.title, "Armed clash in Hama: Military Forces of Syria (2000-2024) and Hayat Tahrir al Sham");
      assert.deepEqual(
        clash.actors.map((id) => result.model.actors.get(id)!.name),
        [
          "Military Forces of Syria (2000-2024)",
          "Hayat Tahrir al Sham",
          "Ahrar al Sham",
          "National Front for Liberation",
        ],
      );
      assert.deepEqual(clash.counts, [{ label: "fatalities", value: 12 }]);
      assert.deepEqual(clash.tags, ["Political violence", "Battles", "Armed clash"]);
      assert.deepEqual(
        clash.sources.map((s) => [s.title, s.publisher]),
        [
          ["SOHR", "SOHR"],
          ["Step News Agency", "Step News Agency"],
        ],
      );
      assert.equal(
        clash.summary,
        "# On 5 December 2024, *fighting* reached [the city] <b>centre</b>.",
        "Markdown and HTML in notes stay text",
      );
      assert.match(clash.body, /\n\n2\\\. Second paragraph\.\n?$/);
    });

    test("places nest country › admin1 › admin2 › location with coordinates; a location named like its admin unit is that unit", () => {
      const places = result.model.places;
      const hama = result.model.events.find((e) => e.id === "acled-syr1001")!.places[0]!;
      assert.equal(places.get(hama)!.name, "Hama");
      assert.equal(places.get(hama)!.category, "admin-1");
      assert.deepEqual(places.get(hama)!.coordinates, [35.1318, 36.7578]);
      assert.equal(places.get(places.get(hama)!.within!)!.name, "Syria");
      // Row 3 names location, admin2 and admin3 all Ariha: the district of Ariha in Idleb.
      const inIdleb = places.get(result.model.events.find((e) => e.id === "acled-syr1002")!.places[0]!)!;
      assert.deepEqual([inIdleb.category, places.get(inIdleb.within!)!.name], ["admin-2", "Idleb"]);
      // Another Ariha, in Hama: a homonym, kept apart and qualified by where it lies.
      const inHama = places.get(result.model.events.find((e) => e.id === "acled-syr1005")!.places[0]!)!;
      assert.deepEqual([inHama.category, places.get(inHama.within!)!.name], ["locality", "Hama"]);
      assert.deepEqual([inHama.name, inIdleb.name].sort(), ["Ariha", "Ariha (Idleb)"]);
      assert.equal(byName(places, "Idleb")!.category, "admin-1");
    });
  });

  const SHEET_HEADER = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
  ];

  describe("the TimelineJS sheet template", () => {
    test("title and era slides are skipped; dates keep the parts given; HTML becomes text", async () => {
      const file = await writeFile(
        "timeline-sheet.csv",
        csv(
          [
            { Year: "2024", Headline: "The border after Assad", Text: "<p>Intro</p>", Type: "title" },
            { Year: "2024", Month: "11", "End Year": "2025", Headline: "The offensive", Type: "era" },
            { Year: "2024", Headline: "A year only", Text: "Plain text." },
            {
              Year: "2024",
              Month: "December",
              Headline: "<b>Month</b> &amp; more",
              Text: "<p>First &lt;para&gt;.</p><p>Second, with <a href='https://example.org/x'>a link</a>.</p>",
              Group: "border",
            },
            {
              Year: "2024",
              Month: "12",
              Day: "19",
              Time: "2:30 PM",
              "End Year": "2024",
              "End Month": "12",
              "End Day": "20",
              Headline: "",
              Text: "<p>No headline here. The first sentence becomes one.</p>",
            },
            { Year: "2024", Month: "13", Headline: "Bad month" },
          ],
          SHEET_HEADER,
        ),
      );
      const content = path.join(root.dir, "sheet-content");
      const report = await importFile(file, content);
      assert.equal(report.format, "timelinejs");
      assert.equal(report.written, 3);
      assert.equal(report.warnings.length, 3, report.warnings.join("\n"));
      const { model } = await loaded(content);
      const byTitle = new Map(model.events.map((e) => [e.title, e]));
      assert.equal(byTitle.get("A year only")!.date.text, "2024");
      const month = byTitle.get("Month & more")!;
      assert.deepEqual([month.date.text, month.tags, month.summary], ["2024-12", ["border"], "First <para>."]);
      assert.match(month.body, /Second, with a link\./);
      const minute = byTitle.get("No headline here")!;
      assert.deepEqual([minute.date.text, minute.end?.text], ["2024-12-19T14:30", "2024-12-20"]);
      assert.equal(minute.summary, "No headline here. The first sentence becomes one.");
    });
  });

  describe("any other sheet, with --map: the Wikipedia current-events items", () => {
    let content: string;
    let report: Awaited<ReturnType<typeof importFile>>;
    let result: LoadResult;
    before(async () => {
      await fs.access(ITEMS).catch(() => {
        throw new Error(`the data file is missing: ${ITEMS} (see ../shared/data/README.md)`);
      });
      content = path.join(root.dir, "wiki-content");
      report = await importFile(ITEMS, content, { map: WIKI_MAP });
      result = await loaded(content);
    });

    test("every item becomes an event: a title from its first sentence, the full text as body, tags and publisher sources", () => {
      assert.equal(report.format, "mapped");
      assert.equal(report.rows, 235);
      assert.equal(report.written, 235);
      assert.deepEqual(report.warnings, []);
      assert.equal(result.model.events.length, 235);
      assert.match(report.mapping!, /title ← text, tags ← category \+ topic, date ← date, sources ← sources/);
      for (const event of result.model.events) {
        assert.ok(event.title.length <= 120, event.title);
        assert.ok(!event.title.endsWith("."), event.title);
        assert.ok(event.sources.length > 0, `${event.id} has sources`);
        for (const source of event.sources) assert.equal(source.title, source.publisher);
      }
      const barja = result.model.events.find((e) =>
        e.title.startsWith("Thirty people are killed after an Israeli airstrike"),
      )!;
      assert.equal(barja.date.text, "2024-11-05");
      assert.deepEqual(barja.tags, ["Uncategorized", "Israel–Hezbollah conflict"]);
      assert.deepEqual(
        barja.sources.map((s) => s.publisher),
        ["AP", "Reuters"],
      );
      const long = result.model.events.find((e) => e.body.length > 300)!;
      assert.ok(long.body.replace(/\\/g, "").startsWith(long.title.replace(/…$/, "")), "the body is the full text");
    });

    test("the imported items build", async () => {
      const built = await build({ contentDir: content, outputDir: path.join(root.dir, "wiki-site") });
      assert.equal(built.exitCode, 0, built.failure);
      assert.equal(built.events, 235);
    });

    test("importing the same sheet again writes nothing and says so", async () => {
      const again = await importFile(ITEMS, content, { map: WIKI_MAP });
      assert.deepEqual([again.written, again.present.length, again.files], [0, 235, []]);
      assert.match(summarizeImport(again, "content"), /Nothing new to import: all 235 events are already in content\./);
    });
  });

  describe("adding to existing content", () => {
    test("never overwrites: present events are skipped, existing entities linked to, taken ids avoided", async () => {
      const content = path.join(root.dir, "existing-content");
      const existing: Record<string, string> = {
        "places/anbar.md": "---\nname: Al Anbar\naliases: [Anbar]\nkind: governorate\n---\nWritten by an editor.\n",
        "places/iraq.md": "---\nname: Republic of Iraq\nkind: country\n---\n",
        "places/rabia.md": "---\nname: Rabia crossing\n---\n",
        "events/2024/crossing-closes.md":
          "---\ntitle: Edited by hand\ndate: 2024-12-07\nsources: [https://example.org/a]\n---\nKeep me.\n",
      };
      for (const [name, text] of Object.entries(existing)) {
        await fs.mkdir(path.dirname(path.join(content, name)), { recursive: true });
        await fs.writeFile(path.join(content, name), text);
      }
      const header = [
        "event_id",
        "event_date",
        "date_end",
        "time_precision",
        "circa",
        "title",
        "location",
        "admin1",
        "admin2",
        "country",
        "latitude",
        "longitude",
        "actor1",
        "actor2",
        "assoc_actors",
        "figures",
        "tags",
        "notes",
        "source",
        "source_title",
        "source_url",
        "updated",
        "url",
      ];
      const file = await writeFile(
        "ours.csv",
        csv(
          [
            {
              event_id: "crossing-closes",
              event_date: "2024-12-07",
              time_precision: "day",
              circa: "false",
              title: "Iraq closes al-Qaim",
              location: "al-Qaim",
              admin1: "Anbar",
              country: "Iraq",
            },
            {
              event_id: "crossing-reopens",
              event_date: "2024-12-19",
              time_precision: "day",
              circa: "false",
              title: "Crossing reopens",
              location: "al-Qaim; Rabi'a",
              admin1: "Anbar",
              country: "Iraq",
              latitude: "34.38",
              longitude: "41.09",
              actor1: "Iraqi Border Guards",
              source_url: "https://example.org/b",
            },
          ],
          header,
        ),
      );

      const dry = await importFile(file, content, { dryRun: true });
      assert.deepEqual([dry.written, dry.present], [1, ["crossing-closes"]]);
      assert.equal((await fs.readdir(path.join(content, "events", "2024"))).length, 1, "--dry-run writes nothing");

      const report = await importFile(file, content);
      assert.deepEqual([report.written, report.present], [1, ["crossing-closes"]]);
      // Anbar is the editor's Al Anbar (by alias) and Iraq the place whose id is iraq (a reference "Iraq"
      // resolves to it by id): both linked to. al-Qaim and Rabi'a are new.
      assert.deepEqual(report.created, { place: 2, actor: 1, figure: 0 });
      assert.deepEqual(report.reused.place, 2);
      for (const [name, text] of Object.entries(existing))
        assert.equal(await fs.readFile(path.join(content, name), "utf8"), text, `${name} untouched`);
      const { model } = await loaded(content);
      const alQaim = byName(model.places, "al-Qaim")!;
      assert.equal(alQaim.within, "anbar", "within the editor's Al Anbar, found by its alias");
      assert.deepEqual(alQaim.coordinates, [34.38, 41.09]);
      assert.equal(model.places.get("anbar")!.within, undefined, "the editor's file is not changed");
      assert.equal(byName(model.places, "Rabi'a")!.id, "rabia-2", "the id rabia is taken by another place");
      assert.deepEqual(model.events.find((e) => e.id === "crossing-reopens")!.places, ["al-qaim", "rabia-2"]);
      assert.equal(model.events.find((e) => e.id === "crossing-closes")!.title, "Edited by hand");
    });
  });

  describe("adding to translated content", () => {
    test("an entity named by its translation's name or alias is linked to, not written again", async () => {
      const content = path.join(root.dir, "translated-content");
      const existing: Record<string, string> = {
        "site.yml": "title: Border\nlanguage: en\neditions: [ar]\n",
        "places/al-qaim.md": "---\nname: al-Qaim\n---\n",
        "places/al-qaim.ar.md": "---\nname: القائم\naliases: [قضاء القائم]\n---\n",
        "events/2024/crossing-closes.ar.md": "---\ntitle: العراق يغلق المنفذ\n---\n",
      };
      for (const [name, text] of Object.entries(existing)) {
        await fs.mkdir(path.dirname(path.join(content, name)), { recursive: true });
        await fs.writeFile(path.join(content, name), text);
      }
      const row = {
        event_id: "crossing-closes",
        event_date: "2024-12-07",
        time_precision: "day",
        title: "Iraq closes",
      };
      const named = { location: "قضاء القائم", source_url: "https://example.org/a" };
      const file = await writeFile("translated.csv", csv([{ ...row, ...named }]));
      const report = await importFile(file, content);
      assert.deepEqual([report.written, report.created.place, report.reused.place], [1, 0, 1]);
      const { model } = await loaded(content);
      assert.deepEqual(model.events[0]!.places, ["al-qaim"]);
      const waiting = model.events[0]!.translations.ar;
      assert.equal(waiting?.title, "العراق يغلق المنفذ", "the waiting translation now has its original");
    });
  });

  describe("bad input", () => {
    test("a sheet in no known format needs --map; a bad --map or a wrong --format is refused before anything is written", async () => {
      const file = await writeFile("unknown.csv", "when,what\n2024-12-19,Something\n");
      const content = path.join(root.dir, "never-written");
      await assert.rejects(
        importFile(file, content),
        (e: Error) =>
          e instanceof ImportError && /cannot tell the format.*when, what.*--map title=<column>/.test(e.message),
      );
      await assert.rejects(
        importFile(file, content, { map: ["title=headline"] }),
        /no column "headline"; its columns: when, what/,
      );
      await assert.rejects(
        importFile(file, content, { map: ["titel=what", "date=when"] }),
        /there is no field "titel"/,
      );
      await assert.rejects(importFile(file, content, { format: "acled" }), /is not ACLED/);
      await assert.rejects(
        importFile(path.join(root.dir, "missing.csv"), content),
        /cannot read .*missing\.csv: no such file/,
      );
      await assert.rejects(fs.access(content));
      const report = await importFile(file, content, { map: ["title=what", "date=when"] });
      assert.equal(report.written, 1);
    });

    test("formats are told apart by their headers", () => {
      assert.equal(
        detectCsvFormat(["event_id", "event_date", "date_end", "time_precision", "circa", "title", "url"]),
        "dateline",
      );
      assert.equal(detectCsvFormat(ACLED_HEADER), "acled");
      assert.equal(detectCsvFormat(["id", "year", "side_a", "side_b", "where_coordinates", "date_start"]), "ucdp");
      assert.equal(detectCsvFormat(SHEET_HEADER), "timelinejs");
      assert.equal(detectCsvFormat(["date", "text"]), undefined);
    });
  });

  describe("text from data", () => {
    test("dates in the forms sheets write them; ambiguous ones refused", () => {
      const ok = (text: string) => {
        const parsed = dateText(text);
        return parsed.ok ? parsed.text : `error: ${parsed.message}`;
      };
      assert.equal(ok("2024-12-19"), "2024-12-19");
      assert.equal(ok("2024-12-19 00:00:00"), "2024-12-19");
      assert.equal(ok("2024-12-19T14:30:00+0300"), "2024-12-19T14:30+03:00");
      assert.equal(ok("19 December 2024"), "2024-12-19");
      assert.equal(ok("05-January-2024"), "2024-01-05");
      assert.equal(ok("Dec 19, 2024"), "2024-12-19");
      assert.equal(ok("December 2024"), "2024-12");
      assert.match(ok("03/04/2024"), /could be day\/month or month\/day/);
      assert.match(ok("2024-02-30"), /not a calendar date/);
    });

    test("titles from long text: the first sentence, abbreviations kept, cut at a word", () => {
      assert.equal(
        titleFromText("U.S. forces strike targets in Syria. More follows."),
        "U.S. forces strike targets in Syria",
      );
      assert.equal(
        titleFromText("Gen. Smith says the border is closed. Then more."),
        "Gen. Smith says the border is closed",
      );
      const long = titleFromText(`${"word ".repeat(60)}end.`);
      assert.ok(long.length <= 120 && long.endsWith("…") && !long.includes("word…".slice(0, 0) + " …"), long);
    });

    test("bodies from text: paragraphs kept, Markdown syntax shown as written", () => {
      const body = markdownBody("# not a heading *or* <b>html</b>\n\n1. not a list\n\n- nor this");
      assert.equal(body.split("\n\n").length, 3);
      assert.equal(readBody(body).firstParagraph, "# not a heading *or* <b>html</b>");
      assert.equal(readBody(body.split("\n\n")[1]!).firstParagraph, "1. not a list");
    });
  });

  describe("npm run import", () => {
    const run = (args: string[]) => runCli("import", args);

    test("reports progress for large files on stderr and ends with a summary; bad input exits 1", async () => {
      const rows = Array.from(
        { length: 6000 },
        (_, i) => `2024-${String((i % 12) + 1).padStart(2, "0")}-01,Item number ${i} happened`,
      );
      const file = await writeFile("big.csv", `when,what\n${rows.join("\n")}\n`);
      const content = path.join(root.dir, "cli-content");
      const dry = await run([file, "--content", content, "--map", "date=when", "--map", "title=what", "--dry-run"]);
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stderr, /read 6,000 rows/);
      assert.match(dry.stdout, /6,000 events would be written to /);
      await assert.rejects(fs.access(content), "a dry run writes nothing");

      const missing = await run([path.join(root.dir, "nope.csv")]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /error: cannot read .*nope\.csv: no such file/);
      const usage = await spawnCli("import", ["--format", "xml", file]);
      assert.equal(usage.code, 1);
      assert.match(usage.stderr, /--format must be one of auto, dateline, acled, ucdp, timelinejs/);
    });
  });
});

// The Node side of search: what each event's record holds (filters with enclosing places, sort key,
// metadata, text), Pagefind's errors as diagnostics, the written index, and the verify step counting one
// record per published event. The browser side is test/browser/search.test.ts.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { CustomRecord, NewIndexResponse, PagefindIndex } from "pagefind";
import { build } from "../src/build.ts";
import { parseDate } from "../src/model/calendar.ts";
import { loadContent } from "../src/content/load.ts";
import { buildTimeline, type Timeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { indexSearch, type PagefindApi } from "../src/search/index-search.ts";
import { searchEditions } from "../src/search/search-editions.ts";
import { readBody } from "../src/markup/markdown.ts";
import { htmlText, searchRecords, sortKey, TEXT_WORDS_META } from "../src/search/records.ts";
import { verifyStaging } from "../src/publish/verify.ts";
import { tempContent } from "./fixtures/support.ts";
import { hashTree } from "./hash-tree.ts";

const FILES: Record<string, string> = {
  "site.yml": 'title: Search test\ndescription: Records.\nlanguage: en-GB\nbaseUrl: ""\n',
  "places/iraq.md": "---\nname: Iraq\nkind: country\n---\n",
  "places/anbar.md": "---\nname: Anbar\nkind: governorate\nwithin: iraq\n---\n",
  "places/al-qaim.md": "---\nname: al-Qaim\nkind: district\nwithin: anbar\n---\n",
  "places/al-qaim-crossing.md":
    "---\nname: al-Qaim border crossing\nkind: border-crossing\nwithin: al-qaim\naliases: [Husaybah crossing, معبر القائم]\n---\n",
  "places/abu-kamal.md": "---\nname: Abu Kamal\nkind: town\n---\n",
  "actors/iraqi-armed-forces.md": "---\nname: Iraqi Armed Forces\n---\n",
  "actors/iraqi-border-guards.md": "---\nname: Iraqi Border Guards\nwithin: iraqi-armed-forces\naliases: [IBG]\n---\n",
  "figures/hayder-karkhi.md": "---\nname: Hayder Karkhi\n---\n",
  "events/reopens.md": [
    "---",
    "title: Crossing reopens",
    "date: 2024-12-19",
    "circa: true",
    "location: [al-Qaim border crossing, Abu Kamal]",
    "actors: IBG",
    "figures: Hayder Karkhi",
    "tags: [border, soldiers, border]",
    "counts:\n  soldiers returned: 2000",
    "sources:\n  - title: Report\n    publisher: Rudaw",
    "---",
    "The crossing **reopened** for one day & night.",
    "",
    "A second paragraph with a [link](https://example.org) and `<b>code</b>`.",
    "",
  ].join("\n"),
  "events/closes.md":
    "---\ntitle: Crossing closes\ndate: 2024-12\nsummary: A summary of its own.\nsources: [https://example.org/a]\n---\nBody text.\n",
  "events/bare.md": "---\ntitle: Bare\ndate: 2023\nsources: [https://example.org/b]\n---\n",
  "events/draft.md":
    "---\ntitle: Draft\ndate: 2024-12-20\ndraft: true\nsources: [https://example.org/c]\n---\nNot yet.\n",
};

let content: { dir: string; cleanup: () => Promise<void> };
let model: Model;
let timeline: Timeline;
describe("search, on the Node side", () => {
  before(async () => {
    content = await tempContent(FILES);
    const loaded = await loadContent(content.dir);
    assert.deepEqual(
      loaded.diagnostics.filter((d) => d.severity === "error"),
      [],
    );
    model = loaded.model;
    timeline = buildTimeline(model, { drafts: false });
  });
  after(async () => {
    await content.cleanup();
  });

  const records = () => searchRecords(searchEditions(model)[0]!, timeline.events);
  const recordOf = (id: string): CustomRecord => {
    const found = records().find((r) => r.event.id === id);
    assert.ok(found, `no record for ${id}`);
    return found.record;
  };

  describe("search records", () => {
    it("one per published event, in timeline order, at the event's URL, in the site's language", () => {
      assert.deepEqual(
        records().map((r) => [r.event.id, r.record.url, r.record.language]),
        [
          ["bare", "/events/bare/", "en"],
          ["closes", "/events/closes/", "en"],
          ["reopens", "/events/reopens/", "en"],
        ],
      );
    });

    it("filters hold display names: places with every place enclosing them, actors with their parents", () => {
      assert.deepEqual(recordOf("reopens").filters, {
        place: ["al-Qaim border crossing", "Abu Kamal", "al-Qaim", "Anbar", "Iraq"],
        actor: ["Iraqi Border Guards", "Iraqi Armed Forces"],
        figure: ["Hayder Karkhi"],
        year: ["2024"],
        tag: ["border", "soldiers"],
      });
      assert.deepEqual(recordOf("bare").filters, { year: ["2023"] });
    });

    it("meta: the title, the date as shown, the event's own places", () => {
      const meta = recordOf("reopens").meta!;
      assert.equal(meta.title, "Crossing reopens");
      assert.equal(meta.date, "c. 19 December 2024");
      assert.equal(meta.place, "al-Qaim border crossing, Abu Kamal");
      assert.equal(recordOf("closes").meta!.date, "December 2024");
      assert.equal(recordOf("bare").meta!.place, undefined);
    });

    it("every record has the date sort key", () => {
      for (const { record } of records()) assert.match(record.sort?.date ?? "", /^\d{4}/);
      assert.equal(recordOf("reopens").sort?.date, "2024-12-19 reopens");
    });

    it("content: the event's text first, then title, names with aliases and enclosing places, tags, counts, sources, no label words", () => {
      const { content: text, meta } = recordOf("reopens");
      assert.ok(
        text.startsWith(
          "The crossing reopened for one day & night. A second paragraph with a link and <b>code</b>.\nCrossing reopens.",
        ),
        text,
      );
      for (const part of [
        // Arabic-script words folded as the search page folds queries: القائم is indexed as القايم.
        "al-Qaim border crossing; Husaybah crossing; معبر القايم; Abu Kamal.",
        "al-Qaim; Anbar; Iraq.",
        "Iraqi Border Guards; IBG.",
        "Hayder Karkhi",
        "border, soldiers.",
        "soldiers returned: 2000",
        "Report, Rudaw",
      ]) {
        assert.ok(text.includes(part), `${part} in ${text}`);
      }
      assert.doesNotMatch(
        text,
        /\b(?:Places?|Tags|Sources|In)\b/,
        "no English label words, which would match every event",
      );
      // The text the search page takes excerpts from: exactly the body's words.
      const words = text.split(/[^\S\uFEFF]+/);
      assert.equal(
        words.slice(0, Number(meta![TEXT_WORDS_META])).join(" "),
        "The crossing reopened for one day & night. A second paragraph with a link and <b>code</b>.",
      );
    });

    it("an explicit summary leads the content; an event without text has no excerpt words", () => {
      assert.ok(recordOf("closes").content.startsWith("A summary of its own.\nBody text.\nCrossing closes."));
      assert.equal(recordOf("bare").meta![TEXT_WORDS_META], "0");
      assert.ok(recordOf("bare").content.startsWith("Bare."));
    });
  });

  describe("sort key", () => {
    const key = (text: string, id = "x") => {
      const parsed = parseDate(text);
      assert.ok(parsed.ok);
      return sortKey(parsed.value, id);
    };

    it("sorts as text like the timeline: coarser dates first, offsets ignored, then by id", () => {
      const ordered = [
        key("2023", "z"),
        key("2024", "b"),
        key("2024-01", "a"),
        key("2024-12", "a"),
        key("2024-12-01", "c"),
        key("2024-12-19", "a"),
        key("2024-12-19", "b"),
        key("2024-12-19T09:00+03:00", "a"),
        key("2024-12-19T14:30Z", "a"),
      ];
      assert.deepEqual([...ordered].sort(), ordered);
      assert.equal(key("2024-12-19T14:30+03:00"), "2024-12-19T14:30 x");
      assert.ok(
        ordered.every((k) => Number.isNaN(Number(k))),
        "never number-like, so Pagefind compares text",
      );
    });
  });

  describe("htmlText", () => {
    const markdownText = (markdown: string) => htmlText(readBody(markdown).html);
    it("is the text of the rendered body: no markup, entities decoded, white space collapsed", () => {
      assert.equal(
        markdownText("# Head\n\n*a*, [b](https://example.org). &amp; <script>x</script>\n\n- one\n- two"),
        "Head a, b. & <script>x</script> one two",
      );
      assert.equal(markdownText("  \n"), "");
    });
  });

  /** The part of a written pagefind-entry.json the tests read. */
  interface PagefindEntry {
    languages: { en: { page_count: number } };
  }

  /** A stand-in for Pagefind's Node API whose index answers with the given errors. */
  function failingPagefind(errors: {
    create?: string[];
    record?: (record: CustomRecord) => string[];
    write?: string[];
  }): PagefindApi & { written: boolean } {
    const api = {
      written: false,
      createIndex(): Promise<NewIndexResponse> {
        if (errors.create) return Promise.resolve({ errors: errors.create });
        const index = {
          addCustomRecord: (record: CustomRecord) =>
            Promise.resolve({
              errors: errors.record?.(record) ?? [],
              file: { uniqueWords: 1, url: record.url, meta: {} },
            }),
          writeFiles: () => {
            api.written = true;
            return Promise.resolve({ errors: errors.write ?? [], outputPath: "" });
          },
          deleteIndex: () => Promise.resolve(null),
        } as unknown as PagefindIndex;
        return Promise.resolve({ errors: [], index });
      },
    };
    return api;
  }

  describe("indexSearch", () => {
    const input = (stagingDir: string) => ({ model, timeline, stagingDir, outputDir: "_site" });

    it("writes a Pagefind index with one record per published event", async () => {
      const staging = path.join(path.dirname(content.dir), "staging-real");
      await fs.mkdir(staging);
      const report = await indexSearch(input(staging));
      assert.deepEqual(report, {
        problems: [],
        records: 3,
        written: [{ number: 1, start: 0, end: 3, dir: "pagefind", url: "/pagefind/" }],
        changes: new Map(),
      });
      const entry = JSON.parse(
        await fs.readFile(path.join(staging, "pagefind", "pagefind-entry.json"), "utf8"),
      ) as PagefindEntry;
      assert.equal(entry.languages.en.page_count, 3);
      const verified = await verifyStaging(staging, { events: timeline.events, outputDir: "_site", search: {} });
      assert.deepEqual(
        verified.problems.filter((p) => p.rule.startsWith("search-")),
        [],
      );
    });

    // Small archives feed Pagefind from the build's own thread to save starting the search thread; what is
    // written must not depend on it. Several builds of a process may index at once (the dev server, tests).
    it("writes the same index byte for byte from this thread and from the search thread, in one part or several", async () => {
      const root = path.join(path.dirname(content.dir), "thread-or-not");
      for (const eventsPerSearchPart of [undefined, 2]) {
        const dirs = ["search-thread", "this-thread", "this-thread-again"].map((name) =>
          path.join(root, `${name}-${eventsPerSearchPart ?? "one"}`),
        );
        const [threaded, ...here] = await Promise.all(
          dirs.map((stagingDir, i) => indexSearch({ ...input(stagingDir), eventsPerSearchPart, thread: i === 0 })),
        );
        for (const report of [threaded, ...here]) assert.deepEqual(report!.problems, []);
        assert.equal(threaded!.written.length, eventsPerSearchPart ? 2 : 1);
        const expected = await hashTree(dirs[0]!);
        assert.ok(expected.size > 5, "the thread wrote an index");
        for (const dir of dirs.slice(1)) assert.deepEqual(await hashTree(dir), expected);
      }
    });

    it("Pagefind's errors creating the index become diagnostics on the index", async () => {
      const report = await indexSearch(
        input("/nonexistent"),
        failingPagefind({ create: ["Pagefind could not start"] }),
      );
      assert.deepEqual(
        report.problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule, p.message]),
        [["_site/pagefind", 1, 1, "error", "search-index", "search index: Pagefind could not start"]],
      );
    });

    it("an error on one record is a diagnostic on that event's file, and nothing is written", async () => {
      const api = failingPagefind({ record: (r) => (r.url === "/events/closes/" ? ["record rejected"] : []) });
      const report = await indexSearch(input("/nonexistent"), api);
      assert.equal(report.records, 2);
      assert.equal(report.problems.length, 1);
      const [problem] = report.problems;
      assert.ok(problem!.file.endsWith("events/closes.md"), problem!.file);
      assert.equal(problem!.rule, "search-record");
      assert.match(problem!.message, /event "closes": record rejected/);
      assert.equal(api.written, false);
    });

    it("an error writing the files is a diagnostic", async () => {
      const report = await indexSearch(input("/nonexistent"), failingPagefind({ write: ["disk full"] }));
      assert.deepEqual(
        report.problems.map((p) => [p.rule, p.message]),
        [["search-index", "search index: disk full"]],
      );
    });
  });

  describe("verify: one search record per published event", () => {
    const events = [{ id: "a" }, { id: "b" }];
    async function staged(entry?: unknown): Promise<string> {
      const dir = await fs.mkdtemp(path.join(path.dirname(content.dir), "verify-"));
      for (const id of ["a", "b"]) {
        await fs.mkdir(path.join(dir, "events", id), { recursive: true });
        await fs.writeFile(path.join(dir, "events", id, "index.html"), id);
      }
      if (entry !== undefined) {
        await fs.mkdir(path.join(dir, "pagefind"));
        await fs.writeFile(
          path.join(dir, "pagefind", "pagefind-entry.json"),
          typeof entry === "string" ? entry : JSON.stringify(entry),
        );
      }
      return dir;
    }
    const rules = async (dir: string) =>
      (await verifyStaging(dir, { events, outputDir: "_site", search: {} })).problems.map((p) => [
        p.file,
        p.rule,
        p.message,
      ]);

    it("passes when Pagefind's page counts add up to the events", async () => {
      assert.deepEqual(await rules(await staged({ languages: { en: { page_count: 1 }, ar: { page_count: 1 } } })), []);
    });

    it("fails when the counts differ", async () => {
      assert.deepEqual(await rules(await staged({ languages: { en: { page_count: 3 } } })), [
        [
          "_site/pagefind/pagefind-entry.json",
          "search-record-count",
          "the search index holds 3 records for 2 published events",
        ],
      ]);
    });

    it("fails when the index is missing or unreadable", async () => {
      assert.deepEqual(
        (await rules(await staged())).map(([, rule]) => rule),
        ["search-index-missing"],
      );
      assert.deepEqual(
        (await rules(await staged("{not json"))).map(([, rule]) => rule),
        ["search-index-missing"],
      );
      assert.deepEqual(
        (await rules(await staged({ languages: { en: {} } }))).map(([, rule]) => rule),
        ["search-index-missing"],
      );
    });

    it("with the index in parts, counts every part and names a missing one", async () => {
      const dir = await staged({ languages: { en: { page_count: 1 } } });
      const inParts = async () =>
        (await verifyStaging(dir, { events, outputDir: "_site", search: { eventsPerPart: 1 } })).problems.map((p) => [
          p.file,
          p.rule,
        ]);
      assert.deepEqual(await inParts(), [["_site/pagefind/part-2/pagefind-entry.json", "search-index-missing"]]);
      await fs.mkdir(path.join(dir, "pagefind", "part-2"));
      await fs.writeFile(
        path.join(dir, "pagefind", "part-2", "pagefind-entry.json"),
        JSON.stringify({ languages: { en: { page_count: 1 } } }),
      );
      assert.deepEqual(await inParts(), []);
    });

    it("is not checked unless asked for", async () => {
      assert.deepEqual((await verifyStaging(await staged(), { events, outputDir: "_site" })).problems, []);
    });
  });

  describe("build() with search", () => {
    it("publishes /search/, its script and the index; the index counts the published events", async () => {
      const output = path.join(path.dirname(content.dir), "site-built");
      const result = await build({ contentDir: content.dir, outputDir: output });
      assert.equal(result.exitCode, 0, result.failure);
      await fs.access(path.join(output, "search", "index.html"));
      await fs.access(path.join(output, "assets", "search.js"));
      const entry = JSON.parse(
        await fs.readFile(path.join(output, "pagefind", "pagefind-entry.json"), "utf8"),
      ) as PagefindEntry;
      assert.equal(entry.languages.en.page_count, 3);
    });

    it("Pagefind errors are exit 2 with the errors as diagnostics; nothing is published, no staging folder left", async () => {
      const parent = await fs.mkdtemp(path.join(path.dirname(content.dir), "failing-"));
      const output = path.join(parent, "_site");
      const result = await build(
        { contentDir: content.dir, outputDir: output },
        {
          render: async (_input, dir) => {
            for (const id of ["bare", "closes", "reopens"]) {
              await fs.mkdir(path.join(dir, "events", id), { recursive: true });
              await fs.writeFile(path.join(dir, "events", id, "index.html"), id);
            }
          },
          search: (searchInput) => indexSearch(searchInput, failingPagefind({ record: () => ["bad record"] })),
        },
      );
      assert.equal(result.exitCode, 2);
      assert.match(result.failure ?? "", /indexing for search failed \(3 problems\)/);
      assert.deepEqual(result.diagnostics.filter((d) => d.rule === "search-record").length, 3);
      assert.deepEqual(await fs.readdir(parent), []);
    });

    it("a search step that writes no index fails verification: exit 2", async () => {
      const parent = await fs.mkdtemp(path.join(path.dirname(content.dir), "noindex-"));
      const result = await build(
        { contentDir: content.dir, outputDir: path.join(parent, "_site") },
        {
          render: async (_input, dir) => {
            for (const id of ["bare", "closes", "reopens"]) {
              await fs.mkdir(path.join(dir, "events", id), { recursive: true });
              await fs.writeFile(path.join(dir, "events", id, "index.html"), id);
            }
          },
          search: () => Promise.resolve({ problems: [], records: 0, written: [], changes: new Map() }),
        },
      );
      assert.equal(result.exitCode, 2);
      assert.deepEqual(
        result.diagnostics.map((d) => d.rule),
        ["search-index-missing"],
      );
      assert.deepEqual(await fs.readdir(parent), []);
    });
  });
});

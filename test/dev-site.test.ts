// The dev server's edit loop: after an edit, the pages that show what changed are rendered again (and
// only those), removed events and entities lose their pages, content errors leave the site as it was,
// and the search index is rebuilt in the background.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { DevSite } from "../src/dev/dev-site.ts";
import { EVENTS_PER_SEARCH_PART } from "../src/search/parts.ts";
import { copySample } from "./sample-copy.ts";

const EVENT = "events/2024/al-qaim-opens-to-humanitarian-traffic.md";

let tmp: string;
let content: string;
let site: string;
let dev: DevSite;
const searches: boolean[] = [];

const read = (page: string) => fs.readFile(path.join(site, page), "utf8");
const exists = (page: string) =>
  fs.access(path.join(site, page)).then(
    () => true,
    () => false,
  );
const modified = async (page: string) => (await fs.stat(path.join(site, page))).mtimeMs;

/** The part of a written pagefind-entry.json the tests read. */
interface PagefindEntry {
  languages: { en: { page_count: number } };
}

async function edit(file: string, change: (text: string) => string, folder = content): Promise<void> {
  const at = path.join(folder, file);
  await fs.writeFile(at, change(await fs.readFile(at, "utf8")));
}

describe("the dev server's edit loop", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-dev-"));
    content = path.join(tmp, "content");
    site = path.join(tmp, "site");
    // Turkish left out: an edit to an Arabic translation is checked against the Sorani edition.
    await copySample(content, { editions: ["ar", "ckb"] });
    dev = new DevSite(content, site, { onSearch: ({ ok }) => searches.push(ok) });
    const first = await dev.update();
    assert.ok(first.ok && first.full, "the first update builds everything");
  });

  after(async () => {
    await dev?.searchSettled();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  test("editing an event's title renders its page, its neighbours, its places and the home page, then the search index and exports, and nothing else", async () => {
    const untouched = "events/hts-led-offensive-against-assad-government/index.html";
    const before = await modified(untouched);
    await edit(EVENT, (text) =>
      text.replace(
        "title: al-Qaim crossing opens to humanitarian traffic only",
        "title: Al-Qaim reopens for aid convoys",
      ),
    );
    const update = await dev.update();
    assert.ok(update.ok && !update.full);
    assert.ok(update.pages > 0 && update.pages < 40, `${update.pages} pages rendered`);
    assert.match(
      await read("events/al-qaim-opens-to-humanitarian-traffic/index.html"),
      /<h1[^>]*>Al-Qaim reopens for aid convoys<\/h1>/,
    );
    assert.match(await read("places/al-qaim-border-crossing/index.html"), /Al-Qaim reopens for aid convoys/);
    // Rolled up: the crossing lies in al-Qaim, in Anbar, in Iraq.
    assert.match(await read("places/iraq/index.html"), /Al-Qaim reopens for aid convoys/);
    assert.match(await read("places/al-qaim-border-crossing/feed.xml"), /Al-Qaim reopens for aid convoys/);
    assert.match(await read("timeline/2024/index.html"), /Al-Qaim reopens for aid convoys/);
    assert.match(
      await read("timeline/index.html"),
      /Al-Qaim reopens for aid convoys/,
      "a small archive's timeline lists every event",
    );
    assert.equal(await modified(untouched), before, "an event page the edit does not touch is left alone");
    await dev.searchSettled();
    assert.ok(searches.length >= 2 && searches.every(Boolean), "the search index was rebuilt after the edit");
    assert.ok(await exists("pagefind/pagefind.js"));
    assert.match(
      await read("data/events.csv"),
      /Al-Qaim reopens for aid convoys/,
      "the data exports are rewritten in the background too",
    );
    assert.equal(await exists(".search-next"), false);
  });

  test("editing an Arabic translation renders the Arabic edition's pages that show it, and the English page stays", async () => {
    const english = "events/iraq-closes-al-qaim-crossing/index.html";
    const before = await read(english);
    await edit("events/2024/iraq-closes-al-qaim-crossing.ar.md", (text) =>
      text.replace("title: العراق يغلق منفذ القائم الحدودي مع سوريا", "title: إغلاق منفذ القائم"),
    );
    const update = await dev.update();
    assert.ok(update.ok && !update.full, JSON.stringify(update.diagnostics.filter((d) => d.severity === "error")));
    assert.match(await read(`ar/${english}`), /<h1[^>]*>إغلاق منفذ القائم<\/h1>/);
    assert.match(await read("ar/places/al-qaim-border-crossing/index.html"), /إغلاق منفذ القائم/);
    assert.doesNotMatch(await read(`ckb/${english}`), /إغلاق منفذ القائم/);
    assert.equal(await read(english), before);
  });

  test("a new event gets its page; a deleted one loses it, and its place no longer lists it", async () => {
    await fs.writeFile(
      path.join(content, "events/2024/border-talks.md"),
      "---\ntitle: Border talks in Baghdad\ndate: 2024-12-28\nlocation: Iraq\nsources:\n  - title: A report\n---\nOfficials met.\n",
    );
    assert.ok((await dev.update()).ok);
    assert.match(await read("events/border-talks/index.html"), /Border talks in Baghdad/);
    assert.match(await read("places/iraq/index.html"), /Border talks in Baghdad/);

    await fs.rm(path.join(content, "events/2024/border-talks.md"));
    assert.ok((await dev.update()).ok);
    assert.equal(await exists("events/border-talks/index.html"), false);
    assert.doesNotMatch(await read("places/iraq/index.html"), /Border talks in Baghdad/);
  });

  test("renaming a place (the old name kept as an alias) shows the new name on the pages of the events there", async () => {
    await edit("places/abu-kamal.md", (text) =>
      text.replace(/^name: .*$/m, "name: Al-Bukamal Town").replace("  - Al-Bukamal\n", "  - Abu Kamal\n"),
    );
    assert.ok((await dev.update()).ok);
    const events = (await fs.readdir(path.join(site, "events"))).map((id) => `events/${id}/index.html`);
    const naming = [];
    for (const page of events) if ((await read(page)).includes("/places/abu-kamal/")) naming.push(page);
    assert.ok(naming.length > 0, "some events take place at Abu Kamal");
    for (const page of naming) assert.match(await read(page), /Al-Bukamal Town/, page);
    assert.match(await read("places/abu-kamal/index.html"), /<h1[^>]*>Al-Bukamal Town<\/h1>/);
  });

  test("an edit with a content error changes nothing and reports the error with its position", async () => {
    const page = await read("events/al-qaim-opens-to-humanitarian-traffic/index.html");
    await edit(EVENT, (text) => text.replace("date: 2024-12-11", "date: 2024-13-11"));
    const update = await dev.update();
    assert.equal(update.ok, false);
    assert.ok(
      update.diagnostics.some(
        (d) => d.rule === "date-invalid" && d.file.endsWith("al-qaim-opens-to-humanitarian-traffic.md") && d.line === 3,
      ),
    );
    assert.equal(await read("events/al-qaim-opens-to-humanitarian-traffic/index.html"), page);
  });

  test("after an edit, only the part of the search index holding the edited event is indexed again", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-dev-parts-"));
    const partsContent = path.join(dir, "content");
    const partsSite = path.join(dir, "site");
    try {
      await copySample(partsContent, { editions: [] });
      // The sample's 10 events in parts of 4 from the oldest (4, 4, 2): /pagefind/, /pagefind/part-2/, part-3/.
      const parts = new DevSite(partsContent, partsSite, { eventsPerSearchPart: 4 });
      assert.ok((await parts.update()).ok);
      await parts.searchSettled();
      const entries = ["pagefind", "pagefind/part-2", "pagefind/part-3"].map((part) =>
        path.join(partsSite, part, "pagefind-entry.json"),
      );
      const written = () => Promise.all(entries.map(async (entry) => (await fs.stat(entry)).mtimeMs));
      const fragments = async (part: string) => {
        const folder = path.join(partsSite, part, "fragment");
        const texts = await Promise.all(
          (await fs.readdir(folder)).map(async (name) =>
            gunzipSync(await fs.readFile(path.join(folder, name))).toString("utf8"),
          ),
        );
        return texts.join("\n");
      };
      const before = await written();
      assert.match(
        await fs.readFile(path.join(partsSite, "search", "index.html"), "utf8"),
        /data-parts="\[\{&quot;url&quot;:&quot;\/pagefind\/&quot;.*&quot;\/pagefind\/part-2\/&quot;.*&quot;\/pagefind\/part-3\/&quot;/,
        "the search page lists every part",
      );
      assert.match(
        await fs.readFile(path.join(partsSite, "search", "index.html"), "utf8"),
        new RegExp(`data-step="${EVENTS_PER_SEARCH_PART}"`),
        "its parts are searched in steps of a published site's part, as the built site would be",
      );

      const retitle = async (file: string, title: string) => {
        await edit(file, (text) => text.replace(/^title: .*$/m, `title: ${title}`), partsContent);
        assert.ok((await parts.update()).ok);
        await parts.searchSettled();
      };
      await retitle(EVENT, "Aid convoys cross at al-Qaim");
      const after = await written();

      const changed = entries.filter((_, i) => after[i] !== before[i]);
      assert.equal(changed.length, 1, "one part was indexed again, the other two were left as they were");
      const part = path.relative(partsSite, path.dirname(changed[0]!));
      assert.match(await fragments(part), /Aid convoys cross at al-Qaim/, "the part written holds the new title");
      for (const other of ["pagefind", "pagefind/part-2", "pagefind/part-3"].filter((p) => p !== part)) {
        assert.doesNotMatch(
          await fragments(other),
          /humanitarian traffic only|Aid convoys/,
          `${other} never held that event`,
        );
      }

      // The oldest event is in the first part, whose files sit beside the other parts' folders.
      await retitle("events/2024/hts-led-offensive-against-assad-government.md", "Rebels open an offensive");
      const third = await written();
      assert.deepEqual(
        entries.map((_, i) => third[i] !== after[i]),
        [true, false, false],
        "only the first part was indexed again",
      );
      assert.match(await fragments("pagefind"), /Rebels open an offensive/);
      assert.match(await fragments(part), /Aid convoys cross at al-Qaim/, "the other parts' folders are still there");

      const counts = await Promise.all(
        entries.map(
          async (entry) => (JSON.parse(await fs.readFile(entry, "utf8")) as PagefindEntry).languages.en.page_count,
        ),
      );
      assert.deepEqual(counts, [4, 4, 2], "every part still holds its events");
      assert.equal(
        await fs.access(path.join(partsSite, ".search-next")).then(
          () => true,
          () => false,
        ),
        false,
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

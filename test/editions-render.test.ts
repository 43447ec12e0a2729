// Editions rendered side by side: the sample content with an Arabic edition beside English, rendered
// into one folder, against the same model rendered as a one-edition site. Nothing of one edition may leak
// into another (every cache is per SiteData), and the English pages must not change because another
// edition exists, but for the links to it (hreflang and the switcher).
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { loadContent } from "../src/content/load.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { renderSite } from "../src/render/render.ts";
import { LocaleDates } from "../src/site/edition-dates.ts";
import { messagesFor } from "../src/site/edition-messages.ts";
import { parseDate, type CalendarDate } from "../src/model/calendar.ts";
import english from "../src/site/messages/en.json" with { type: "json" };
import arabic from "../src/site/messages/ar.json" with { type: "json" };

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let tmp: string;
let both: string;
let alone: string;

/** The sample content with only its Arabic edition (the other translations left out). */
async function arabicContent(): Promise<string> {
  const dir = path.join(tmp, "content");
  await fs.cp(path.join(REPO, "content"), dir, { recursive: true });
  const siteYml = await fs.readFile(path.join(dir, "site.yml"), "utf8");
  const ckb = siteYml.indexOf("  - lang: ckb");
  await fs.writeFile(path.join(dir, "site.yml"), siteYml.slice(0, ckb));
  for (const entry of await fs.readdir(dir, { recursive: true })) {
    if (/\.(ckb|tr)\.md$/.test(entry)) await fs.rm(path.join(dir, entry));
  }
  return dir;
}

async function files(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("editions rendered side by side", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-editions-"));
    const { model, diagnostics } = await loadContent(await arabicContent());
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === "error"),
      [],
    );
    assert.deepEqual(
      model.site.editions.map((e) => e.lang),
      ["en", "ar"],
    );
    const render = async (m: Model, dir: string) =>
      renderSite({ model: m, timeline: buildTimeline(m, { drafts: false }), drafts: false }, dir);
    both = path.join(tmp, "both");
    alone = path.join(tmp, "alone");
    await fs.mkdir(both);
    await fs.mkdir(alone);
    await render(model, both);
    await render({ ...model, site: { ...model.site, editions: model.site.editions.slice(0, 1) } }, alone);
  });

  after(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  /** A page without what links it to other editions. */
  const withoutEditionLinks = (text: string) =>
    text
      .replace(/<link rel="alternate" hreflang="[^"]*" href="[^"]*">\n/g, "")
      .replace(/\n<nav class="language-switcher"[^\n]*<\/nav>/g, "");

  describe("a two-edition site", () => {
    it("publishes the same files at the root as a one-edition site, and the same pages under /ar/", async () => {
      const all = await files(both);
      const root = all.filter((f) => !f.startsWith("ar/"));
      assert.deepEqual(root, await files(alone));
      const pages = (list: string[]) => list.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));
      assert.deepEqual(
        pages(all.filter((f) => f.startsWith("ar/"))).map((f) => f.slice(3)),
        pages(root),
      );
      assert.ok(!all.includes("ar/assets/style.css"), "assets only once, at the root");
      assert.ok(!all.some((f) => f.startsWith("ar/data/")), "exports only once, at the root");
    });

    it("renders the English pages as the one-edition site does, but for the links to the other edition", async () => {
      const differing: string[] = [];
      for (const file of await files(alone)) {
        if (file === "_redirects") continue; // below
        const a = await fs.readFile(path.join(alone, file), "utf8");
        const b = await fs.readFile(path.join(both, file), "utf8");
        if (a !== withoutEditionLinks(b)) differing.push(file);
      }
      assert.deepEqual(differing, []);
      // The renamed event's old address redirects in each edition: the one-edition lines, then the same under /ar.
      const lines = (dir: string) =>
        fs.readFile(path.join(dir, "_redirects"), "utf8").then((t) => t.trimEnd().split("\n"));
      const english = await lines(alone);
      assert.ok(english.length > 0);
      assert.deepEqual(await lines(both), [...english, ...english.map((line) => line.replace(/(^| )\//g, "$1/ar/"))]);
    });

    it("gives an Arabic page lang, dir, hreflang links and a switcher", async () => {
      const page = await fs.readFile(path.join(both, "ar/events/iraq-closes-al-qaim-crossing/index.html"), "utf8");
      assert.match(page, /<html lang="ar" dir="rtl" data-digits="arab">/);
      assert.match(page, /<link rel="alternate" hreflang="en" href="\/events\/iraq-closes-al-qaim-crossing\/">/);
      assert.match(page, /<link rel="alternate" hreflang="ar" href="\/ar\/events\/iraq-closes-al-qaim-crossing\/">/);
      assert.match(page, /<link rel="alternate" hreflang="x-default" href="\/events\/iraq-closes-al-qaim-crossing\/">/);
      assert.match(
        page,
        /<a href="\/events\/iraq-closes-al-qaim-crossing\/" hreflang="en" lang="en" dir="ltr">English<\/a>/,
      );
      assert.match(page, /hreflang="ar" lang="ar" dir="rtl" aria-current="page">العربية<\/a>/);
      assert.match(page, /href="\/ar\/feed\.xml"/);
      const ownLinks = withoutEditionLinks(page);
      assert.doesNotMatch(
        ownLinks,
        /href="\/(events|places|actors|figures|timeline|search)\//,
        "links stay in the edition",
      );
    });

    it("shows no English interface word in the Arabic pages' navigation, headings and labels", async () => {
      const ar = arabic as Record<string, unknown>;
      const words = Object.entries(english)
        .filter(([key, text]) => typeof text === "string" && !text.includes("{") && ar[key] !== text)
        .map(([, text]) => text as string)
        .filter((text) => /[A-Za-z]{3}/.test(text));
      const problems: string[] = [];
      for (const file of (await files(both)).filter((f) => f.startsWith("ar/") && f.endsWith(".html"))) {
        const html = await fs.readFile(path.join(both, file), "utf8");
        const interfaceText = [
          ...html.matchAll(/<(nav|h2|dt|label|button|summary|th|legend|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g),
        ]
          .map((m) => m[2]!.replace(/<[^>]*lang="en"[^>]*>[^<]*</g, "<").replace(/<[^>]+>/g, " "))
          .join("\n");
        for (const word of words) if (interfaceText.includes(word)) problems.push(`${file}: "${word}"`);
      }
      assert.deepEqual(problems, []);
    });

    it("writes the Arabic feed in Arabic, with the edition's links", async () => {
      const feed = await fs.readFile(path.join(both, "ar/feed.xml"), "utf8");
      assert.match(feed, /<title[^>]*>الحدود العراقية السورية بعد الأسد<\/title>/);
      assert.match(feed, /\/ar\/events\//);
      assert.doesNotMatch(feed, /December/);
    });
  });

  describe("dates in an edition's locale", () => {
    const day = (text: string): CalendarDate => {
      const parsed = parseDate(text);
      assert.ok(parsed.ok);
      return parsed.value;
    };
    const edition = (lang: string, locale: string, extra: object = {}) => ({
      lang,
      locale,
      direction: "rtl" as const,
      prefix: `/${lang}`,
      digits: "arab" as const,
      ...extra,
    });

    it("writes Arabic (Iraq) and Sorani dates with Arabic-Indic digits, the Hijri date where asked", () => {
      const ar = edition("ar", "ar-IQ", { calendar: "islamic-umalqura" });
      const arDates = new LocaleDates(ar, messagesFor(ar));
      assert.equal(arDates.date(day("2024-12-19")), "١٩ كانون الأول ٢٠٢٤ (١٨ جمادى الآخرة ١٤٤٦ هـ)");
      assert.equal(arDates.date(day("2024-12")), "كانون الأول ٢٠٢٤");
      assert.equal(arDates.date(day("2024")), "٢٠٢٤");
      const ckb = edition("ckb", "ckb");
      const ckbDates = new LocaleDates(ckb, messagesFor(ckb));
      assert.equal(ckbDates.date(day("2024-12-19")), "١٩ی کانونی یەکەمی ٢٠٢٤");
      assert.match(ckbDates.date(day("2024-12-19"), { circa: true }), /١٩ی کانونی یەکەمی ٢٠٢٤/);
      assert.equal(
        ckbDates.range(day("2024-12-08"), day("2024-12-12")),
        ckbDates.range(day("2024-12-08"), day("2024-12-12")),
      );
    });

    it("gives a date, range or month it has made before exactly as a fresh formatter makes it", () => {
      const ar = edition("ar", "ar-IQ", { calendar: "islamic-umalqura" });
      const remembered = new LocaleDates(ar, messagesFor(ar));
      const texts = fc.oneof(
        fc.integer({ min: 1900, max: 2030 }).map(String),
        fc
          .date({ min: new Date("1900-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
          .chain((d) =>
            fc.constantFrom(
              d.toISOString().slice(0, 7),
              d.toISOString().slice(0, 10),
              `${d.toISOString().slice(0, 16)}+03:00`,
              `${d.toISOString().slice(0, 16)}Z`,
            ),
          ),
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(texts, fc.option(texts), fc.boolean()), { maxLength: 12 }), (asked) => {
          // Asked twice over, so the second round reads what the first remembered.
          for (const [start, end, circa] of [...asked, ...asked]) {
            const fresh = new LocaleDates(ar, messagesFor(ar));
            const [from, to] = [day(start), end === null ? undefined : day(end)];
            assert.equal(remembered.date(from, { circa }), fresh.date(from, { circa }));
            assert.equal(remembered.range(from, to, { circa }), fresh.range(from, to, { circa }));
            assert.equal(remembered.month(from.year, from.month ?? 0), fresh.month(from.year, from.month ?? 0));
          }
        }),
        { numRuns: 200 },
      );
    });

    it("never shifts a date by the machine's time zone", () => {
      const ar = edition("ar", "ar-IQ");
      const dates = new LocaleDates(ar, messagesFor(ar));
      assert.equal(dates.date(day("2024-01-01")), "١ كانون الثاني ٢٠٢٤");
      assert.equal(dates.date(day("2024-12-31T23:30+03:00")).startsWith("٣١ كانون الأول ٢٠٢٤"), true);
    });
  });
});

// The sample site, built once from content/ with build(), read as files: page budgets (no JavaScript on
// any page but search, an event page and its stylesheets under 50 kB, nothing loaded from another host)
// and links (every internal link, asset and stylesheet url() resolves to a file of the site, and the
// fonts folder holds just the fonts the stylesheet names). What needs a browser or the Nu HTML checker
// is test/browser/quality-gates.test.ts.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "../src/build.ts";
import { cssUrls } from "../src/site/css-urls.ts";
import { FONTS_PATH } from "../src/site/fonts.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EVENT_PAGE_BUDGET = 50 * 1024;

let tmp: string;
let site: string;
let pages: { url: string; html: string }[];
/** Absolute paths of the built HTML files, sorted. */
let htmlFiles: string[];

describe("the sample site", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-sample-site-"));
    site = path.join(tmp, "site");
    const result = await build({ contentDir: path.join(REPO, "content"), outputDir: site });
    assert.equal(result.exitCode, 0, result.failure);
    const files = (await fs.readdir(site, { recursive: true })).filter((f) => f.endsWith(".html"));
    pages = await Promise.all(
      files.map(async (f) => ({
        url: `/${f.split(path.sep).join("/")}`,
        html: await fs.readFile(path.join(site, f), "utf8"),
      })),
    );
    assert.ok(
      pages.some((p) => p.url.startsWith("/events/")),
      "the sample has event pages",
    );
    htmlFiles = files.map((f) => path.join(site, f)).sort();
  });

  after(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  describe("page budgets", () => {
    it("no page runs JavaScript except the search page of each edition (and the embeds, made for iframes)", () => {
      // An embed page's script applies its address's options and sizes the frame; its defaults need none.
      const withScripts = pages
        .filter((p) => /<script\b/i.test(p.html) || /\son[a-z]+\s*=/i.test(p.html))
        .filter((p) => !/^(?:\/[a-z]+)?\/embed\//.test(p.url))
        .map((p) => p.url)
        .sort();
      assert.deepEqual(withScripts, [
        "/ar/search/index.html",
        "/ckb/search/index.html",
        "/search/index.html",
        "/tr/search/index.html",
      ]);
    });

    it("an embed page with its stylesheet stays under 30 kB, and the host page's sizing script under 2 kB", async () => {
      const embeds = pages.filter((p) => /^(?:\/[a-z]+)?\/embed\/.*index\.html$/.test(p.url));
      assert.ok(embeds.length > 4, "the timeline's and every entity's, in every edition");
      const css = (await fs.stat(path.join(site, "assets/embed.css"))).size;
      for (const page of embeds) {
        const bytes = Buffer.byteLength(page.html) + css;
        assert.ok(bytes < 30 * 1024, `${page.url}: ${bytes} bytes of HTML and CSS`);
        assert.match(page.html, /<link rel="stylesheet" href="\/assets\/embed\.css">/);
      }
      assert.ok((await fs.stat(path.join(site, "assets/embed.js"))).size < 2 * 1024);
    });

    it("an event page with its stylesheets stays under 50 kB", async () => {
      for (const page of pages.filter((p) => p.url.startsWith("/events/"))) {
        const sheets = [...page.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
        let bytes = Buffer.byteLength(page.html);
        for (const sheet of sheets) bytes += (await fs.stat(path.join(site, sheet.split("?")[0]!))).size;
        assert.ok(bytes < EVENT_PAGE_BUDGET, `${page.url}: ${bytes} bytes of HTML and CSS`);
      }
    });

    it("nothing a page or stylesheet loads comes from another host", async () => {
      // What a browser fetches on its own: scripts, styles, images, media, frames, icons and preloads.
      const loaded =
        /<(?:script|img|source|video|audio|iframe|embed|track)\b[^>]*\ssrc="([^"]*)"|<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|manifest)")[^>]*\shref="([^"]*)"|url\(\s*['"]?([^'")]+)/gi;
      const remote = pages.flatMap((p) =>
        [...p.html.matchAll(loaded)]
          .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
          .filter((u) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(u))
          .map((u) => `${p.url}: ${u}`),
      );
      const sheets = (await fs.readdir(site, { recursive: true })).filter((f) => f.endsWith(".css"));
      for (const sheet of sheets) {
        const css = await fs.readFile(path.join(site, sheet), "utf8");
        for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)) {
          const url = m[1] ?? m[2] ?? "";
          if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) remote.push(`${sheet}: ${url}`);
        }
      }
      assert.deepEqual(remote, []);
    });
  });

  describe("links", () => {
    it("every internal link and asset in every built page resolves to a file", async () => {
      const broken: string[] = [];
      let checked = 0;
      for (const file of htmlFiles) {
        const pageUrl = new URL(`http://site.invalid/${path.relative(site, file).split(path.sep).join("/")}`);
        for (const reference of references(await fs.readFile(file, "utf8"))) {
          if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) {
            if (/^(?:https?:|mailto:|tel:|data:|\/\/)/i.test(reference)) continue; // external: not fetched
            broken.push(`${path.relative(site, file)}: unexpected URL scheme in ${reference}`);
            continue;
          }
          if (reference === "" || reference.startsWith("#") || reference.startsWith("?")) continue; // this page
          checked += 1;
          const target = new URL(reference, pageUrl);
          let local: string;
          try {
            local = decodeURIComponent(target.pathname);
          } catch {
            broken.push(`${path.relative(site, file)}: malformed URL ${reference}`);
            continue;
          }
          if (!(await resolves(local))) broken.push(`${path.relative(site, file)}: ${reference} (${local})`);
        }
      }
      assert.ok(checked > htmlFiles.length, `expected many internal references, checked ${checked}`);
      assert.deepEqual(broken, [], `broken internal links or assets:\n${broken.join("\n")}`);
    });

    it("the fonts folder holds exactly the font files the stylesheet names", async () => {
      const css = await fs.readFile(path.join(site, "assets/style.css"), "utf8");
      const named = cssUrls(css).filter((url) => url.startsWith(FONTS_PATH));
      assert.ok(named.length > 0, "the stylesheet names fonts");
      const published = (await fs.readdir(path.join(site, FONTS_PATH))).map((name) => `${FONTS_PATH}${name}`).sort();
      assert.deepEqual(published, [...new Set(named)].sort());
    });

    it("every url() in every built stylesheet resolves to a file of the site", async () => {
      const sheets = (await fs.readdir(site, { recursive: true })).filter((f) => f.endsWith(".css"));
      assert.ok(sheets.length > 0, "the site has a stylesheet");
      const broken: string[] = [];
      let checked = 0;
      for (const sheet of sheets) {
        const sheetUrl = new URL(`http://site.invalid/${sheet.split(path.sep).join("/")}`);
        for (const reference of cssUrls(await fs.readFile(path.join(site, sheet), "utf8"))) {
          if (reference.startsWith("data:") || reference.startsWith("#")) continue; // inline, nothing to fetch
          checked += 1;
          const target = new URL(reference, sheetUrl);
          if (target.origin !== sheetUrl.origin) broken.push(`${sheet}: ${reference} is on another host`);
          else if (!(await resolves(decodeURIComponent(target.pathname)))) broken.push(`${sheet}: ${reference}`);
        }
      }
      assert.ok(checked > 0, "the stylesheet references files (its fonts)");
      assert.deepEqual(broken, [], `broken url() references in stylesheets:\n${broken.join("\n")}`);
    });
  });

  /** Whether a decoded site path names a file of the built site, or a folder with an index.html. */
  async function resolves(sitePath: string): Promise<boolean> {
    const candidate = path.resolve(site, `.${sitePath}`);
    if (candidate !== site && !candidate.startsWith(`${site}${path.sep}`)) return false;
    const stat = await fs.stat(candidate).catch(() => undefined);
    if (stat?.isFile()) return !sitePath.endsWith("/");
    if (stat?.isDirectory())
      return (await fs.stat(path.join(candidate, "index.html")).catch(() => undefined))?.isFile() ?? false;
    return false;
  }

  const ENTITIES: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    "#39": "'",
    "#x27": "'",
    "#34": '"',
  };

  function decodeEntities(value: string): string {
    return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower in ENTITIES) return ENTITIES[lower]!;
      if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
      return whole;
    });
  }

  /**
   * Every URL in an href, src, srcset, action or poster attribute of a start tag. Comments and the contents
   * of script, style and template elements are not markup, so they are removed before tags are read.
   */
  function references(document: string): string[] {
    const markup = document
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(
        /(<(script|style|template)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi,
        (_whole, start: string, name: string) => `${start}</${name}>`,
      );
    const found: string[] = [];
    // A start tag: its name, then attributes whose quoted values may contain ">".
    for (const tag of markup.matchAll(
      /<[a-z][a-z0-9-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi,
    )) {
      // Scripts were emptied above, but their start tags stay: a script's own src counts.
      for (const attribute of (tag[1] ?? "").matchAll(
        /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
      )) {
        const name = attribute[1]!.toLowerCase();
        const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? "").trim();
        if (name === "href" || name === "src" || name === "action" || name === "poster") found.push(value);
        else if (name === "srcset" || name === "imagesrcset") {
          for (const candidate of value.split(",")) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) found.push(url);
          }
        }
      }
    }
    return found;
  }

  // Names and titles not yet translated into an edition's language keep their own, marked with `lang`, so a
  // screen reader reads them with the right voice and the browser shapes them with the right font.
  describe("words in another language than the page's", () => {
    const page = (url: string) => {
      const found = pages.find((p) => p.url === url);
      assert.ok(found, `${url} was built`);
      return found.html;
    };
    const tag = (html: string, pattern: RegExp) => html.match(pattern)?.[0] ?? "";

    it("an untranslated place in the Turkish indexes and tree is marked English, a translated one is not", () => {
      const places = page("/tr/places/index.html");
      assert.match(tag(places, /<a class="tree-name" href="\/tr\/places\/al-qaim\/"[^>]*>/), /lang="en"/);
      assert.match(tag(places, /<a class="index-name" href="\/tr\/places\/al-qaim\/"[^>]*>/), /lang="en"/);
      assert.doesNotMatch(tag(places, /<a class="index-name" href="\/tr\/places\/syria\/"[^>]*>/), /lang=/);
    });

    it("an untranslated neighbour's title in an event's pager, and an untranslated card summary, are marked", () => {
      const event = page("/tr/events/hts-led-offensive-against-assad-government/index.html");
      assert.match(tag(event, /<span class="pager-title"[^>]*>Iraq reinforces/), /lang="en"/);
      assert.match(tag(page("/tr/timeline/index.html"), /<p class="card-summary"[^>]*>Late in November/), /lang="en"/);
      assert.doesNotMatch(tag(page("/ar/timeline/index.html"), /<p class="card-summary"[^>]*>/), /lang=/);
    });

    it("a place's kind is in the edition's language when the catalog knows the word", () => {
      const kind = (url: string) =>
        /<dt>[^<]*<\/dt><dd><span dir="auto"([^>]*)>([^<]*)<\/span>/.exec(page(url))?.slice(1);
      assert.deepEqual(kind("/places/al-qaim-border-crossing/index.html"), ["", "border crossing"]);
      assert.deepEqual(kind("/tr/places/al-qaim-border-crossing/index.html"), ["", "sınır kapısı"]);
      assert.deepEqual(kind("/ar/places/al-qaim-border-crossing/index.html"), ["", "منفذ حدودي"]);
    });

    it("a figure's role is shown in the edition's words where the translation gives one", () => {
      const roles = (url: string) =>
        [...page(url).matchAll(/<span class="index-detail" dir="auto"([^>]*)>([^<]*)/g)].map((m) => [m[1], m[2]]);
      assert.deepEqual(roles("/ar/figures/index.html"), [
        ["", "رئيس سوريا حتى كانون الأول 2024"],
        ["", "المتحدث باسم قوات حرس الحدود العراقية"],
      ]);
    });

    it("a source's title is marked with its own language, or its event file's, when it is not the page's", () => {
      const cite = (url: string) => tag(page(url), /<cite[^>]*>/);
      // Cited in an English event: unmarked on the English page, English on the Arabic one.
      assert.doesNotMatch(cite("/events/iraq-closes-al-qaim-crossing/index.html"), /lang=/);
      assert.match(cite("/ar/events/iraq-closes-al-qaim-crossing/index.html"), /lang="en"/);
      // An English report cited in an event written in Arabic says `lang: en`: marked on the Arabic page.
      assert.match(cite("/ar/events/al-qaim-closed-again-after-soldiers-return/index.html"), /lang="en"/);
      assert.doesNotMatch(cite("/events/al-qaim-closed-again-after-soldiers-return/index.html"), /lang=/);
    });

    it("a feed entry shown untranslated says its language, in Atom and in JSON Feed", async () => {
      const read = (file: string) => fs.readFile(path.join(site, file), "utf8");
      const atom = await read("tr/feed.xml");
      const entry = (id: string) => atom.split("<entry>").find((text) => text.includes(`/tr/events/${id}/`)) ?? "";
      // No Turkish translation: its English title, summary and link text are marked English.
      const english = entry("hts-led-offensive-against-assad-government");
      assert.match(english, /<title type="html" xml:lang="en">/);
      assert.match(english, /<summary type="html">[^<]*&lt;span lang=&quot;en&quot;&gt;/);
      assert.match(english, /&lt;a href=&quot;[^&]*&quot; lang=&quot;en&quot;&gt;/);
      // Written in Arabic, shown as written in the Turkish edition.
      assert.match(entry("al-qaim-closed-again-after-soldiers-return"), /<title type="html" xml:lang="ar">/);
      // Translated: in the feed's own language, unmarked.
      assert.doesNotMatch(entry("iraq-closes-al-qaim-crossing"), /xml:lang|lang=&quot;/);

      const json = JSON.parse(await read("tr/feed.json")) as { items: { url: string; language?: string }[] };
      const language = (id: string) => json.items.find((item) => item.url.endsWith(`/tr/events/${id}/`))?.language;
      assert.equal(language("hts-led-offensive-against-assad-government"), "en");
      assert.equal(language("iraq-closes-al-qaim-crossing"), undefined);
      // The English feed of the same events marks nothing: each is in English there.
      assert.doesNotMatch(await read("feed.xml"), /xml:lang="(?!en")|lang=&quot;/);
    });
  });
});

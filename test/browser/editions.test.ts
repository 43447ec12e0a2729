// The Arabic and Sorani editions of the sample site in Chromium: each page says its language and
// direction, the date rail hangs on the right, nothing scrolls sideways on a 390 px phone, the language
// switcher leads from an English event to its Arabic page and back, and each edition's search page
// searches the edition's own index, with Arabic-script spellings folded.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { browsedSite } from "./browser.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EVENT = "/events/iraq-closes-al-qaim-crossing/";
const RTL_PAGES = ["/", "/timeline/", EVENT, "/places/anbar/", "/places/", "/search/"].flatMap((p) => [
  `/ar${p}`,
  `/ckb${p}`,
]);

const sample = browsedSite("editions-browser", path.join(REPO, "content"));

describe("right-to-left editions", () => {
  it("say their language and direction on every page", async () => {
    const page = await sample.browser.newPage();
    try {
      for (const url of RTL_PAGES) {
        await page.goto(`${sample.server.origin}${url}`);
        const lang = await page.locator("html").getAttribute("lang");
        const dir = await page.locator("html").getAttribute("dir");
        assert.deepEqual([url, lang, dir], [url, url.slice(1, url.indexOf("/", 1)), "rtl"]);
      }
    } finally {
      await page.close();
    }
  });

  it("hang the date rail on the right, where English has it on the left", async () => {
    const page = await sample.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const sides: Record<string, { start: number; end: number }> = {};
      for (const url of ["/timeline/", "/ar/timeline/", "/ckb/timeline/"]) {
        await page.goto(`${sample.server.origin}${url}`);
        const rail = (await page.locator(".rail").first().boundingBox())!;
        const card = (await page.locator(".rail .card").first().boundingBox())!;
        // The gap between the rail's edge and its cards is where the line and its dots are drawn.
        sides[url] = { start: card.x - rail.x, end: rail.x + rail.width - (card.x + card.width) };
      }
      assert.ok(sides["/timeline/"]!.start > 16 && sides["/timeline/"]!.end < 1, JSON.stringify(sides));
      for (const url of ["/ar/timeline/", "/ckb/timeline/"]) {
        assert.ok(sides[url]!.end > 16 && sides[url]!.start < 1, `${url}: ${JSON.stringify(sides[url])}`);
      }
    } finally {
      await page.close();
    }
  });

  it("never scroll sideways at 390 px wide", async () => {
    const context = await sample.browser.newContext({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    try {
      for (const url of RTL_PAGES) {
        const page = await context.newPage();
        await page.goto(`${sample.server.origin}${url}`);
        const width = await page.evaluate("document.documentElement.scrollWidth");
        if (typeof width !== "number" || width > 390) wide.push(`${url}: ${String(width)}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(wide, []);
  });

  it("switch from an English event to its Arabic page and back", async () => {
    const page = await sample.browser.newPage();
    try {
      await page.goto(`${sample.server.origin}${EVENT}`);
      await page.locator('.language-switcher a[hreflang="ar"]').click();
      await page.waitForURL(`${sample.server.origin}/ar${EVENT}`);
      assert.equal(await page.locator("html").getAttribute("lang"), "ar");
      assert.equal(await page.locator('.language-switcher a[aria-current="page"]').textContent(), "العربية");
      await page.locator('.language-switcher a[hreflang="en"]').click();
      await page.waitForURL(`${sample.server.origin}${EVENT}`);
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
    } finally {
      await page.close();
    }
  });

  it("show an event not yet translated into Turkish in English, marked so, with a note in Turkish", async () => {
    const page = await sample.browser.newPage();
    try {
      await page.goto(`${sample.server.origin}/tr/events/hts-led-offensive-against-assad-government/`);
      assert.equal(await page.locator("html").getAttribute("lang"), "tr");
      const title = page.locator("h1");
      assert.equal(await title.getAttribute("lang"), "en");
      assert.match((await title.textContent()) ?? "", /Rebel coalition led by HTS/);
      assert.equal(await page.locator(".prose").getAttribute("lang"), "en");
      const note = page.locator(".untranslated");
      assert.ok(await note.isVisible(), "the note is shown");
      assert.equal(await note.textContent(), "Henüz Türkçe çevirisi yok; İngilizce özgün metin gösteriliyor.");
    } finally {
      await page.close();
    }
  });

  it("search each edition in its own index: Arabic spelling variants find the same events", async () => {
    const page = await sample.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      const found = new Map<string, string[]>();
      // The plain spelling, each alef, the seat of the hamza alone, and the word with its short vowels.
      for (const query of ["القائم", "ألقائم", "إلقائم", "آلقائم", "ٱلقائم", "القايم", "القَائِم"]) {
        const results = await search(page, "/ar/search/", query);
        found.set(query, results.map((r) => r.href).sort());
      }
      const expected = found.get("القائم")!;
      assert.ok(expected.length >= 5, `القائم finds the al-Qaim events: ${expected.join(" ")}`);
      assert.ok(
        expected.every((href) => href.startsWith("/ar/events/")),
        expected.join(" "),
      );
      for (const [query, hrefs] of found) assert.deepEqual(hrefs, expected, query);
      // The excerpt shows the words as written, not as folded for the index.
      const excerpts = await page.locator(".search-excerpt").allTextContents();
      assert.ok(
        excerpts.some((text) => text.includes("القائم")),
        excerpts.join("\n"),
      );
      assert.ok(!excerpts.some((text) => text.includes("القايم")), excerpts.join("\n"));
      assert.ok(sample.server.requests.includes("/ar/pagefind/pagefind.js"), "the Arabic page loads the Arabic index");
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it("lead from an Arabic place page to the Arabic search for its events", async () => {
    const page = await sample.browser.newPage();
    try {
      await page.goto(`${sample.server.origin}/ar/places/anbar/`);
      await page.locator(".entity-search").click();
      await page.waitForURL(/\/ar\/search\/\?place=/);
      await page.waitForFunction(
        () =>
          !document.getElementById("search-results")?.hasAttribute("aria-busy") &&
          document.querySelectorAll("#search-results li").length > 0,
        undefined,
        { timeout: 15_000 },
      );
      const checked = await page
        .locator('input[type="checkbox"]:checked')
        .evaluateAll((boxes) => boxes.map((box) => box.closest("label")?.textContent?.trim() ?? ""));
      assert.ok(
        checked.some((label) => label.startsWith("الأنبار")),
        checked.join(" | "),
      );
      const events = await page.locator("#search-results li").count();
      assert.ok(events >= 3, `the Anbar events are found: ${events}`);
      // The edition writes numbers in Arabic-Indic digits on every page; the search page's script does too.
      const status = (await page.textContent("#search-status")) ?? "";
      assert.match(status, /^[٠-٩]+ /, status);
      assert.doesNotMatch(status, /[0-9]/, status);
    } finally {
      await page.close();
    }
  });

  it("show a correction on a Sorani event page in Sorani, its lists numbered in the edition's digits", async () => {
    const page = await sample.browser.newPage();
    try {
      await page.goto(`${sample.server.origin}/ckb/events/iraq-closes-al-qaim-crossing/`);
      const correction = page.locator(".corrections li span[dir=auto]");
      assert.match((await correction.textContent()) ?? "", /^وەشانێکی پێشووی ئەم هەواڵە/);
      // Shown in the page's own language: no lang of its own, or the edition's.
      assert.ok(["", "ckb", null].includes(await correction.getAttribute("lang")));
      for (const list of [".corrections ol", ".sources ol"]) {
        const style = await page.locator(list).evaluate((ol) => getComputedStyle(ol).listStyleType);
        assert.equal(style, "arabic-indic", list);
      }
    } finally {
      await page.close();
    }
  });

  it("search the Sorani edition by a Sorani title, typed with Kurdish or with Arabic letters", async () => {
    const page = await sample.browser.newPage();
    try {
      const title = "دەروازەی قائیم تەنیا بۆ جووڵەی مرۆیی کرایەوە";
      // As typed on an Arabic keyboard: heh for ە, yeh for ی and ێ, plain reh and lam for ڕ and ڵ.
      const arabicKeyboard = "دهروازهي قائيم تهنيا بو جوولهي مرويي كرايهوه";
      for (const query of [title, arabicKeyboard]) {
        const [first] = await search(page, "/ckb/search/", query);
        assert.equal(first?.href, "/ckb/events/al-qaim-opens-to-humanitarian-traffic/", query);
        assert.equal(first?.title, title);
      }
    } finally {
      await page.close();
    }
  });

  it("mark an untranslated event's search result in the Turkish edition as English", async () => {
    const page = await sample.browser.newPage();
    try {
      const results = await search(page, "/tr/search/", "Tahrir");
      const hts = results.find((r) => r.href === "/tr/events/hts-led-offensive-against-assad-government/");
      assert.ok(hts, JSON.stringify(results));
      assert.equal(hts.lang, "en");
      const kaim = await search(page, "/tr/search/", "Kaim");
      const lang = (id: string) => kaim.find((r) => r.href === `/tr/events/${id}/`)?.lang;
      assert.equal(lang("al-qaim-opens-to-humanitarian-traffic"), "", "translated: in the page's language");
      assert.equal(lang("al-qaim-closed-again-after-soldiers-return"), "ar", "written in Arabic, not in Turkish");
    } finally {
      await page.close();
    }
  });
});

interface Result {
  href: string;
  title: string;
  /** The title's own `lang`, "" when it is in the page's language. */
  lang: string;
}

/** Runs a query on an edition's search page and returns its results once shown (the status names the query). */
async function search(page: Page, path: string, query: string): Promise<Result[]> {
  await page.goto(`${sample.server.origin}${path}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (q) => {
      const busy = document.getElementById("search-results")?.hasAttribute("aria-busy") ?? true;
      return !busy && (document.getElementById("search-status")?.textContent ?? "").includes(q);
    },
    query,
    { timeout: 15_000 },
  );
  return page.locator("#search-results .card-title").evaluateAll((titles) =>
    titles.map((h) => ({
      href: h.querySelector("a")?.getAttribute("href") ?? "",
      title: h.textContent ?? "",
      lang: h.getAttribute("lang") ?? "",
    })),
  );
}

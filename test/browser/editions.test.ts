// The Arabic and Sorani editions of the sample site in Chromium: each page says its language and
// direction, the date rail hangs on the right, nothing scrolls sideways on a 390 px phone, the language
// switcher leads from an English event to its Arabic page and back, and each edition's search page
// finds events (against the root index, for now).
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "../../src/build.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EVENT = "/events/iraq-closes-al-qaim-crossing/";
const RTL_PAGES = ["/", "/timeline/", EVENT, "/places/anbar/", "/places/", "/search/"].flatMap((p) => [
  `/ar${p}`,
  `/ckb${p}`,
]);

let tmp: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-editions-browser-"));
  const site = path.join(tmp, "site");
  const result = await build({ contentDir: path.join(REPO, "content"), outputDir: site });
  assert.equal(result.exitCode, 0, result.failure ?? JSON.stringify(result.diagnostics));
  server = await serveStatic(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe("right-to-left editions", () => {
  it("say their language and direction on every page", async () => {
    const page = await browser.newPage();
    try {
      for (const url of RTL_PAGES) {
        await page.goto(`${server.origin}${url}`);
        const lang = await page.locator("html").getAttribute("lang");
        const dir = await page.locator("html").getAttribute("dir");
        assert.deepEqual([url, lang, dir], [url, url.slice(1, url.indexOf("/", 1)), "rtl"]);
      }
    } finally {
      await page.close();
    }
  });

  it("hang the date rail on the right, where English has it on the left", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const sides: Record<string, { start: number; end: number }> = {};
      for (const url of ["/timeline/", "/ar/timeline/", "/ckb/timeline/"]) {
        await page.goto(`${server.origin}${url}`);
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
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    try {
      for (const url of RTL_PAGES) {
        const page = await context.newPage();
        await page.goto(`${server.origin}${url}`);
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
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}${EVENT}`);
      await page.locator('.language-switcher a[hreflang="ar"]').click();
      await page.waitForURL(`${server.origin}/ar${EVENT}`);
      assert.equal(await page.locator("html").getAttribute("lang"), "ar");
      assert.equal(await page.locator('.language-switcher a[aria-current="page"]').textContent(), "العربية");
      await page.locator('.language-switcher a[hreflang="en"]').click();
      await page.waitForURL(`${server.origin}${EVENT}`);
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
    } finally {
      await page.close();
    }
  });

  it("find events from each edition's search page", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await page.goto(`${server.origin}/ar/search/?q=crossing`);
      await page.waitForFunction(
        "(() => { const r = document.getElementById('search-results'); return !!r && !r.hasAttribute('aria-busy') && r.querySelectorAll('li').length > 0; })()",
        undefined,
        { timeout: 15_000 },
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

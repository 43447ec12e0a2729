// Print styles in Chromium with print media: pages read as plain documents. Navigation, search, skip
// link, pager and feed links are gone; text is dark on white even in the dark colour scheme; external
// source links show their address and internal links do not; entries are kept whole across pages.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "../../src/build.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE = path.join(REPO, "test/fixtures/scripts/content");

let tmp: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-print-"));
  const site = path.join(tmp, "site");
  const result = await build({ contentDir: FIXTURE, outputDir: site });
  assert.equal(result.exitCode, 0, result.failure ?? JSON.stringify(result.diagnostics));
  server = await serveStatic(site);
  browser = await launchChromium();
  // Dark on screen, so the test shows that print turns it to black on white.
  context = await browser.newContext({ colorScheme: "dark" });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

async function printed(urlPath: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${server.origin}${urlPath}`, { waitUntil: "load" });
  assert.equal(response?.status(), 200, `${urlPath} exists`);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  return page;
}

/** Relative luminance of a CSS rgb()/rgba() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe("print styles", () => {
  it("hide the site navigation, search, skip link, pager and feed links", async () => {
    for (const [urlPath, selectors] of [
      ["/events/road-reopens/", [".skip-link", ".site-nav", ".site-search", ".pager"]],
      ["/places/duhok/", [".site-nav", ".site-search", ".entity-actions", ".entity-feed"]],
    ] as const) {
      const page = await printed(urlPath);
      for (const selector of selectors) {
        assert.equal((await page.locator(selector).count()) > 0, true, `${urlPath} has ${selector} on screen`);
        assert.equal(await page.locator(selector).first().isVisible(), false, `${urlPath}: ${selector} is not printed`);
      }
      await page.close();
    }
  });

  it("print dark serif text on white in the dark colour scheme", async () => {
    const page = await printed("/events/road-reopens/");
    // No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.
    const looks = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      body: getComputedStyle(document.body).fontFamily,
      colors: ["h1", ".prose p", ".facts a", ".sources cite"].map((s) => [
        s,
        getComputedStyle(document.querySelector(s)!).color,
      ]),
    }));
    assert.ok(luminance(looks.background) > 0.95, `white page, not ${looks.background}`);
    assert.match(looks.body, /^"?Source Serif 4/, "serif body text");
    for (const [selector, color] of looks.colors)
      assert.ok(luminance(color!) < 0.05, `${selector} is near black, not ${color}`);
    await page.close();
  });

  it("write out external source addresses, but not internal links", async () => {
    const page = await printed("/events/road-reopens/");
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, "::after").content);
    assert.match(
      await after('.sources a[href^="https://www.kurdistan24.net/"]'),
      /https:\/\/www\.kurdistan24\.net\/en\/story\/12345/,
    );
    assert.match(await after('.sources a[href^="https://web.archive.org/"]'), /web\.archive\.org/);
    assert.match(await after('.prose a[href^="https:"]'), /kurdistan24/);
    for (const internal of ['.prose a[href^="/"]', ".facts a"])
      assert.equal(await after(internal), "none", `${internal} shows no address`);
    await page.close();
  });

  it("keep entries whole and headings with what follows, and simplify the date rail", async () => {
    const page = await printed("/places/duhok/");
    const rules = await page.evaluate(() => ({
      card: getComputedStyle(document.querySelector(".card")!).breakInside,
      heading: getComputedStyle(document.querySelector("h2")!).breakAfter,
      rail: getComputedStyle(document.querySelector(".rail")!, "::before").display,
      chip: getComputedStyle(document.querySelector(".chip")!).backgroundColor,
    }));
    assert.equal(rules.card, "avoid");
    assert.equal(rules.heading, "avoid");
    assert.equal(rules.rail, "none", "no rail line");
    assert.ok(
      luminance(rules.chip) > 0.95 || rules.chip === "rgba(0, 0, 0, 0)",
      `chips print without a fill, not ${rules.chip}`,
    );
    const pdf = await page.pdf({ format: "A4" });
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    await page.close();
  });
});

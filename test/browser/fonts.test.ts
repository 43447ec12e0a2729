// The web fonts in Chromium: Arabic, Sorani Kurdish and Kurmanji text is drawn with our faces, never a
// system fallback, and an English page fetches only the Latin subsets. What fonts.css declares and what
// the build publishes is test/fonts.test.ts.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { FONTS_PATH } from "../../src/site/fonts.ts";
import { browsedSite } from "./browser.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE = path.join(REPO, "test/fixtures/scripts/content");

describe("fonts in Chromium", () => {
  const fixture = browsedSite("fonts", FIXTURE);

  /** The fonts Chromium drew an element's text with, from the DevTools protocol. */
  async function fontsDrawing(
    page: Page,
    selector: string,
  ): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument");
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      assert.ok(nodeId, `${selector} is on the page`);
      return (await cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts;
    } finally {
      await cdp.detach();
    }
  }

  async function open(urlPath: string): Promise<Page> {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.server.origin}${urlPath}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  const cases = [
    { what: "a Sorani Kurdish title", url: "/events/sorani-title/", selector: "h1", face: /^Noto Naskh Arabic/ },
    { what: "a Kurmanji title", url: "/events/kurmanji-title/", selector: "h1", face: /^Source Serif 4/ },
    { what: "an Arabic summary", url: "/places/duhok/", selector: ".card-summary", face: /^Noto Naskh Arabic/ },
    { what: "a Sorani alias", url: "/places/duhok/", selector: ".alias:nth-child(3)", face: /^Noto Naskh Arabic/ },
    { what: "a Kurmanji alias", url: "/places/duhok/", selector: ".alias:nth-child(1)", face: /^Source Sans 3/ },
  ];
  for (const { what, url, selector, face } of cases) {
    it(`draws ${what} with our faces only (${url} ${selector})`, async () => {
      const page = await open(url);
      try {
        const fonts = await fontsDrawing(page, selector);
        const system = fonts.filter((f) => !f.isCustomFont).map((f) => f.familyName);
        assert.deepEqual(system, [], `no glyph falls back to a system font: ${JSON.stringify(fonts)}`);
        assert.ok(
          fonts.some((f) => face.test(f.familyName) && f.glyphCount > 2),
          `drawn with ${face}: ${JSON.stringify(fonts)}`,
        );
      } finally {
        await page.close();
      }
    });
  }

  it("an English page fetches only the Latin subsets", async () => {
    // A context of its own starts with an empty cache, so every font the page needs is fetched here.
    const context = await fixture.browser.newContext();
    const fetched: string[] = [];
    try {
      const page = await context.newPage();
      page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`${fixture.server.origin}/events/checkpoint-hours/`, { waitUntil: "networkidle" });
      await page.evaluate(() => document.fonts.ready);
    } finally {
      await context.close();
    }
    const fonts = fetched.filter((r) => r.startsWith(FONTS_PATH));
    assert.ok(fonts.length >= 2, `the page uses the serif and the sans: ${fonts.join(", ")}`);
    assert.deepEqual(
      fonts.filter((r) => !/-latin-wght-(normal|italic)\.woff2$/.test(r)),
      [],
      "no Arabic or latin-ext subset",
    );
  });
});

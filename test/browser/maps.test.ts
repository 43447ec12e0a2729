// Maps in Chromium: on the home page, place pages and an event page, at 320, 390 and 1280 px, names lay
// out inside the map and clear of each other, their links are at least 24 px, Arabic runs right to left,
// and nothing scrolls sideways. What the maps draw is test/maps.test.ts.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { ARABIC_NAME, borderModel } from "../border-model.ts";
import { renderedSite } from "../rendered-site.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";

describe("maps in a browser", () => {
  const site = renderedSite("maps-browser", borderModel);
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveStatic(site.dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [320, 390, 1280]) {
    it(`lays names out inside the map and clear of each other, links 24 px, Arabic right to left (${width} px)`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const tab = await context.newPage();
        for (const url of ["/", "/places/anbar/", "/places/abu-kamal/", "/places/al-qaim/", "/events/at-crossing-0/"]) {
          await tab.goto(server.origin + url);
          const report = await tab.evaluate(() => {
            const frame = document.querySelector(".map-frame")!.getBoundingClientRect();
            const labels = [...document.querySelectorAll<HTMLElement>(".map-label")].filter(
              (l) => l.getClientRects().length > 0,
            );
            // The text itself (a name's padding reaches back over its dot by design), and each link's box.
            const boxes = labels.map((l) => {
              const text = l.querySelector("a") ?? l;
              const range = document.createRange();
              range.selectNodeContents(text);
              return {
                name: l.textContent,
                box: range.getBoundingClientRect(),
                direction: getComputedStyle(text).direction,
              };
            });
            const links = labels.flatMap((l) =>
              [...l.querySelectorAll("a")].map((a) => ({ name: l.textContent, box: a.getBoundingClientRect() })),
            );
            const outside = [...boxes, ...links]
              .filter(
                ({ box }) =>
                  box.left < frame.left - 0.5 ||
                  box.right > frame.right + 0.5 ||
                  box.top < frame.top - 0.5 ||
                  box.bottom > frame.bottom + 0.5,
              )
              .map((b) => b.name);
            const overlapping: string[] = [];
            for (const list of [boxes, links]) {
              for (let i = 0; i < list.length; i++) {
                for (let j = i + 1; j < list.length; j++) {
                  const a = list[i]!.box,
                    b = list[j]!.box;
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                    overlapping.push(`${list[i]!.name} / ${list[j]!.name}`);
                }
              }
            }
            const small = links.filter(({ box }) => box.width < 24 || box.height < 24).map((l) => l.name);
            return {
              shown: boxes.length,
              outside,
              overlapping,
              small,
              rtl: boxes.filter((b) => b.direction === "rtl").map((b) => b.name),
              scroll: document.documentElement.scrollWidth,
            };
          });
          assert.ok(report.shown > 0, `${url}: names are shown`);
          assert.deepEqual(report.outside, [], `${url}: names outside the map`);
          assert.deepEqual(report.overlapping, [], `${url}: names or links on top of each other`);
          assert.deepEqual(report.small, [], `${url}: links smaller than 24 × 24 px`);
          assert.ok(report.scroll <= width, `${url}: the page scrolls sideways (${report.scroll} px)`);
          if (url === "/places/abu-kamal/")
            assert.deepEqual(report.rtl, [ARABIC_NAME], "the Arabic name runs right to left");
        }
      } finally {
        await context.close();
      }
    });
  }
});

// An embed inside a news article: a host page on another origin pastes the one line of HTML the place's
// oEmbed description gives. The frame becomes as tall as its content, shows the place's latest events, a
// click opens the event on the full site in a new browsing context, and a height sent from any other
// origin is ignored. The address's options (limit, order) apply without a server.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, Frame, Page } from "playwright-core";
import { build } from "../../src/build.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";

const SAMPLE = fileURLToPath(new URL("../../content", import.meta.url));
const PLACE = "al-qaim-border-crossing";

let tmp: string;
let site: StaticServer;
let host: http.Server;
let hostOrigin: string;
let browser: Browser;
let events: { id: string; title: string; date: { value: string }; places: { id: string }[] }[];

/** The article: a paragraph, the embed code, another paragraph, and a frame of the host's own origin that
 * keeps posting a false height, as a hostile or careless script on the page might. */
function article(code: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head><body>
<h1>Iraq's border with Syria</h1><p>The crossing at al-Qaim has opened and closed several times since December.</p>
${code}
<p>Reporting continues.</p>
<iframe id="other" title="Another frame" src="/other" style="width:1px;height:1px;border:0"></iframe>
</body></html>`;
}

const OTHER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>other</title></head><body><script>
setInterval(() => parent.postMessage({ type: "dateline-embed:height", height: 5 }, "*"), 50);
</script></body></html>`;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-embed-"));
  const dir = path.join(tmp, "site");
  site = await serveStatic(dir); // serves files as they are asked for, so the site can be built with its address
  const result = await build({ contentDir: SAMPLE, outputDir: dir, baseUrl: site.origin });
  assert.equal(result.exitCode, 0, result.failure);
  events = (JSON.parse(await fs.readFile(path.join(dir, "data/events.json"), "utf8")) as { events: typeof events })
    .events;
  const oembed = JSON.parse(await fs.readFile(path.join(dir, `embed/places/${PLACE}/oembed.json`), "utf8")) as {
    html: string;
  };
  host = http.createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(request.url === "/other" ? OTHER : article(oembed.html));
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  // localhost, not 127.0.0.1: another origin than the site's.
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  host?.closeAllConnections();
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  await site?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe[data-dateline-embed]");
  const frame = await handle.contentFrame();
  assert.ok(frame);
  await frame.waitForSelector(".embed-events");
  return frame;
}

test(
  "in an article, the frame is as tall as its list, shows the place's latest events, and ignores other origins",
  { timeout: 60_000 },
  async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${hostOrigin}/`);
    const frame = await embedFrame(page);
    // The sizing script replaces the code's 480 px with the content's height.
    await page.waitForFunction(`document.querySelector("iframe[data-dateline-embed]").style.height !== "480px"`);
    await page.waitForTimeout(500); // the other frame keeps posting its false height meanwhile
    const frameHeight = await page.$eval("iframe[data-dateline-embed]", (f) => f.getBoundingClientRect().height);
    const contentHeight = await frame.evaluate("document.documentElement.scrollHeight");
    assert.ok(
      Math.abs(frameHeight - Number(contentHeight)) <= 3,
      `frame ${frameHeight} px, content ${String(contentHeight)} px`,
    );

    // The place's latest events, newest first, as the data export dates them (by id: titles are per edition).
    const expected = events
      .filter((e) => e.places.some((p) => p.id === PLACE))
      // Timeline order (date, then id), newest first.
      .sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1))
      .reverse()
      .slice(0, 10)
      .map((e) => `${site.origin}/events/${e.id}/`);
    const shown = await frame.$$eval(".embed-events > li:not([hidden]) .embed-card-title a", (links) =>
      links.map((a) => (a as HTMLAnchorElement).href),
    );
    assert.ok(shown.length >= 2, shown.join("; "));
    assert.deepEqual(shown, expected);
    await page.close();
  },
);

test("a click on an event opens it on the full site, in a new browsing context", { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${hostOrigin}/`);
  const frame = await embedFrame(page);
  const first = frame.locator(".embed-card-title a").first();
  const href = await first.getAttribute("href");
  const [opened] = await Promise.all([context.waitForEvent("page"), first.click()]);
  await opened.waitForLoadState();
  assert.equal(opened.url(), `${site.origin}${href}`);
  assert.equal(page.url(), `${hostOrigin}/`, "the article stays where it was");
  await context.close();
});

test("the address's options apply without a server: one event, the oldest", { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/embed/places/${PLACE}/?limit=1&order=oldest`);
  const shown = await page.$$eval(".embed-events > li:not([hidden]) .embed-card-title a", (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  );
  const oldest = events
    .filter((e) => e.places.some((p) => p.id === PLACE))
    .sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.id < b.id ? -1 : 1))[0]!.id;
  assert.deepEqual(shown, [`${site.origin}/events/${oldest}/`]);
  await page.close();
});

// Page budgets on the sample site (reader experience): no JavaScript on any page but search, an event
// page and its stylesheets under 50 kB, and nothing a page loads from another host.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "../src/build.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EVENT_PAGE_BUDGET = 50 * 1024;

let tmp: string;
let site: string;
let pages: { url: string; html: string }[];

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-budgets-"));
  site = path.join(tmp, "site");
  const result = await build({ contentDir: path.join(REPO, "content"), outputDir: site });
  assert.equal(result.exitCode, 0, result.failure);
  const files = (await fs.readdir(site, { recursive: true })).filter((f) => f.endsWith(".html"));
  pages = await Promise.all(files.map(async (f) => ({ url: `/${f.split(path.sep).join("/")}`, html: await fs.readFile(path.join(site, f), "utf8") })));
  assert.ok(pages.some((p) => p.url.startsWith("/events/")), "the sample has event pages");
});

after(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

test("no page runs JavaScript except the search page", () => {
  const withScripts = pages.filter((p) => /<script\b/i.test(p.html) || /\son[a-z]+\s*=/i.test(p.html)).map((p) => p.url);
  assert.deepEqual(withScripts, ["/search/index.html"]);
});

test("an event page with its stylesheets stays under 50 kB", async () => {
  for (const page of pages.filter((p) => p.url.startsWith("/events/"))) {
    const sheets = [...page.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    let bytes = Buffer.byteLength(page.html);
    for (const sheet of sheets) bytes += (await fs.stat(path.join(site, sheet.split("?")[0]!))).size;
    assert.ok(bytes < EVENT_PAGE_BUDGET, `${page.url}: ${bytes} bytes of HTML and CSS`);
  }
});

test("nothing a page or stylesheet loads comes from another host", async () => {
  // What a browser fetches on its own: scripts, styles, images, media, frames, icons and preloads.
  const loaded = /<(?:script|img|source|video|audio|iframe|embed|track)\b[^>]*\ssrc="([^"]*)"|<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|manifest)")[^>]*\shref="([^"]*)"|url\(\s*['"]?([^'")]+)/gi;
  const remote = pages.flatMap((p) =>
    [...p.html.matchAll(loaded)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter((u) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(u)).map((u) => `${p.url}: ${u}`),
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

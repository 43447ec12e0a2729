// Shared by the browser tests: the system Chromium, launched once per test file, and a tiny static file
// server for a built site on 127.0.0.1 at a random port. A missing browser fails the tests: it never
// skips them, so a green run always means the pages were really driven in a browser.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { build } from "../../src/build.ts";
import { CHROMIUM } from "./chromium-path.ts";

export interface BrowsedSite {
  /** The built site's folder; set once the `before` hooks ran, like the others. */
  dir: string;
  server: StaticServer;
  browser: Browser;
}

/**
 * Call at the top of a test file or inside a describe: builds `contentDir` with build() into a temporary
 * folder, serves it and launches Chromium before the tests, and closes and removes it all after them.
 */
export function browsedSite(name: string, contentDir: string): BrowsedSite {
  const site = { dir: "" } as BrowsedSite;
  let tmp = "";
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), `dateline-${name}-`));
    site.dir = path.join(tmp, "site");
    const result = await build({ contentDir, outputDir: site.dir });
    assert.equal(
      result.exitCode,
      0,
      `${contentDir} must build: ${result.failure ?? JSON.stringify(result.diagnostics)}`,
    );
    site.server = await serveStatic(site.dir);
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });
  return site;
}

export async function launchChromium(): Promise<Browser> {
  try {
    await fs.access(CHROMIUM);
  } catch {
    throw new Error(`no Chromium at ${CHROMIUM}: the browser tests need it (npm test installs it, or says how)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".csv": "text/csv; charset=utf-8",
  ".geojson": "application/geo+json",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  origin: string;
  /** Every path requested, in order, for tests that care what the browser fetched. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` as a static host would: `/x/` is `/x/index.html`, anything missing is 404.html with 404. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    void (async () => {
      const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
      requests.push(pathname);
      let file: string | undefined;
      try {
        const decoded = decodeURIComponent(pathname);
        const candidate = path.resolve(base, `.${decoded.endsWith("/") ? `${decoded}index.html` : decoded}`);
        if (candidate.startsWith(`${base}${path.sep}`) && (await fs.stat(candidate)).isFile()) file = candidate;
      } catch {
        // a malformed escape or a missing file: 404 below
      }
      const status = file ? 200 : 404;
      file ??= path.join(base, "404.html");
      const body = await fs.readFile(file).catch(() => Buffer.from("not found"));
      // A site is built once per test file, so the browser may keep what it fetched (Pagefind's files above all).
      response.writeHead(status, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "max-age=600",
      });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

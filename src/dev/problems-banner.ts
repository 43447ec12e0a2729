// Content errors in the browser under `npm start`: while the last edit left errors, every page the dev server
// serves carries a banner listing them (file:line:col, as the terminal prints them) above the last good
// site, which stays as it was; once the content loads clean again the banner is gone with the next reload.
// The banner is added as the page is served, never written into the site, so the served folder stays
// exactly what a build makes.
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics.ts";
import { html } from "../markup/html.ts";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The problems the last update stopped on; empty when the site is up to date. */
export class ContentProblems {
  private errors: Diagnostic[] = [];

  set(diagnostics: readonly Diagnostic[]): void {
    this.errors = sortDiagnostics(diagnostics.filter((d) => d.severity === "error"));
  }

  clear(): void {
    this.errors = [];
  }

  get count(): number {
    return this.errors.length;
  }

  /** The banner's HTML: a labelled alert, styled inline so that it shows on any page of any site. */
  banner(): string {
    const lines = this.errors.map((d) => html`<li><code>${formatDiagnostic(d)}</code></li>`);
    const box =
      "position:sticky;top:0;z-index:1000;margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#5c0000;" +
      "border-bottom:3px solid #b00020;font:1rem/1.5 system-ui,sans-serif;text-align:start";
    return html`<section role="alert" aria-labelledby="dateline-dev-problems" dir="ltr" lang="en" style="${box}">
<h2 id="dateline-dev-problems" style="margin:0 0 .5rem;font-size:1.1rem">Content errors: this is the last site that built</h2>
<p style="margin:0 0 .5rem">Fix the files below and save; the page reloads when they load clean.</p>
<ul style="margin:0;padding-inline-start:1.25rem;overflow-wrap:anywhere">${lines}</ul>
</section>`.toString();
  }

  /** Serves the site's HTML pages with the banner while there are problems; anything else passes through. */
  middleware(siteDir: string): Middleware {
    return (req, res, next) => {
      const file = this.count > 0 && req.method === "GET" ? htmlFileOf(siteDir, req.url ?? "/") : undefined;
      if (!file) {
        next();
        return;
      }
      readFile(file, "utf8").then(
        (page) => {
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.setHeader("Cache-Control", "no-store");
          // The dev server adds its reload script to HTML sent this way too, so the page reloads once fixed.
          res.end(page.replace(/<body[^>]*>/, (body) => `${body}${this.banner()}`));
        },
        () => next(),
      );
    };
  }
}

/** The HTML file a request for a page would be served from, inside `siteDir`; undefined for anything else. */
function htmlFileOf(siteDir: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return undefined;
  }
  const relative = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
  if (!relative.endsWith(".html")) return undefined;
  const root = path.resolve(siteDir);
  const file = path.resolve(root, `.${relative}`);
  return file.startsWith(`${root}${path.sep}`) ? file : undefined;
}

// Quality gates on the sample site, built once from content/ with build(): valid HTML (the Nu HTML
// checker), no broken internal link, asset or stylesheet url(), no axe-core WCAG 2.2 AA violation in
// light and dark colour schemes, and no sideways scrolling on a 390 px wide phone.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "../src/build.ts";
import { cssUrls } from "../src/site/css-urls.ts";
import { launchChromium, serveStatic, type StaticServer } from "./browser.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VNU_JAR = path.join(REPO, "node_modules/vnu-jar/build/dist/vnu.jar");
const AXE = path.join(REPO, "node_modules/axe-core/axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The pages the browser gates look at: one of each kind, and the search page with results. */
const PAGES = [
  "/",
  "/timeline/",
  "/timeline/2024/",
  "/events/iraq-closes-al-qaim-crossing/",
  "/places/al-qaim-border-crossing/",
  "/actors/iraqi-border-guards/",
  "/figures/hayder-karkhi/",
  "/places/",
  "/actors/",
  "/figures/",
  "/search/?q=crossing",
];

let tmp: string;
let site: string;
let htmlFiles: string[];
let server: StaticServer;
let browser: Browser;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-quality-"));
  site = path.join(tmp, "site");
  const result = await build({ contentDir: path.join(REPO, "content"), outputDir: site });
  assert.equal(result.exitCode, 0, `the sample site must build: ${result.failure ?? JSON.stringify(result.diagnostics)}`);
  htmlFiles = (await fs.readdir(site, { recursive: true }))
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.join(site, f))
    .sort();
  assert.ok(htmlFiles.length > 10, `expected the sample site's pages, found ${htmlFiles.length}`);
  server = await serveStatic(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

describe("quality gates", () => {
  it("the Nu HTML checker finds no error in any built page", async () => {
    const run = promisify(execFile);
    let stderr: string;
    try {
      ({ stderr } = await run("java", ["-jar", VNU_JAR, "--format", "json", "--skip-non-html", site], { maxBuffer: 64 * 1024 * 1024 }));
    } catch (error) {
      // vnu exits 1 when it reports an error; the report is still on stderr.
      const failed = error as { stderr?: string; code?: unknown };
      if (typeof failed.stderr !== "string" || !failed.stderr.trim().startsWith("{")) throw error;
      stderr = failed.stderr;
    }
    const report = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type === "error" || m.type === "non-document-error" || m.subType === "fatal");
    const describeMessage = (m: VnuMessage) =>
      `${(m.url ?? "").replace(/^file:/, "").replace(site, "")}:${m.lastLine ?? "?"}:${m.lastColumn ?? "?"} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, " ")}` : ""}`;
    assert.equal(errors.length, 0, `the Nu HTML checker reported ${errors.length} error(s):\n${errors.map(describeMessage).join("\n")}`);
  });

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

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe-core finds no WCAG 2.2 AA violation (${colorScheme} colour scheme)`, async () => {
      const context = await browser.newContext({ colorScheme });
      const problems: string[] = [];
      try {
        for (const urlPath of PAGES) {
          const page = await opened(context, urlPath);
          await page.emulateMedia({ colorScheme });
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async (tags) => {
            const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
            const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
            return results.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`),
              count: v.nodes.length,
            }));
          }, AXE_TAGS);
          for (const v of violations) {
            problems.push(`${urlPath} [${v.impact}] ${v.id}: ${v.help} (${v.count} node(s))\n${v.nodes.map((n) => `    ${n}`).join("\n")}`);
          }
          await page.close();
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(problems, [], `axe-core violations in the ${colorScheme} colour scheme:\n${problems.join("\n")}`);
    });
  }

  it("no page scrolls sideways at 390 px wide", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    try {
      for (const urlPath of PAGES) {
        const page = await opened(context, urlPath);
        const { scrollWidth, culprits } = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const culprits = [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`);
          return { scrollWidth: document.documentElement.scrollWidth, culprits };
        });
        if (scrollWidth > 390) wide.push(`${urlPath}: scrollWidth ${scrollWidth} (${culprits.join(", ")})`);
        await page.close();
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(wide, [], `pages wider than the 390 px viewport:\n${wide.join("\n")}`);
  });
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Opens a page and waits for it to be ready: on the search page, for the results to be rendered. */
async function opened(context: BrowserContext, urlPath: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${server.origin}${urlPath}`, { waitUntil: "load" });
  assert.equal(response?.status(), 200, `${urlPath} must exist`);
  if (urlPath.startsWith("/search/")) {
    await page.waitForFunction(
      () => {
        const results = document.getElementById("search-results");
        return !!results && !results.hasAttribute("aria-busy") && results.querySelectorAll("li").length > 0;
      },
      undefined,
      { timeout: 15_000 },
    );
  }
  assert.deepEqual(errors, [], `${urlPath}: no script error`);
  return page;
}

/** Whether a decoded site path names a file of the built site, or a folder with an index.html. */
async function resolves(sitePath: string): Promise<boolean> {
  const candidate = path.resolve(site, `.${sitePath}`);
  if (candidate !== site && !candidate.startsWith(`${site}${path.sep}`)) return false;
  const stat = await fs.stat(candidate).catch(() => undefined);
  if (stat?.isFile()) return !sitePath.endsWith("/");
  if (stat?.isDirectory()) return (await fs.stat(path.join(candidate, "index.html")).catch(() => undefined))?.isFile() ?? false;
  return false;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", "#34": '"' };

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
    .replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, (_whole, start: string, name: string) => `${start}</${name}>`);
  const found: string[] = [];
  // A start tag: its name, then attributes whose quoted values may contain ">".
  for (const tag of markup.matchAll(/<[a-z][a-z0-9-]*((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi)) {
    // Scripts were emptied above, but their start tags stay: a script's own src counts.
    for (const attribute of (tag[1] ?? "").matchAll(/\s([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
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

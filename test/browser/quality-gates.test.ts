// Quality gates on the sample site, built once from content/ with build(): valid HTML (the Nu HTML
// checker, run with Java), no axe-core WCAG 2.2 AA violation in light and dark colour schemes, and no
// sideways scrolling on a 390 px wide phone, over the English pages and the Arabic and Sorani editions.
// Links and assets are test/sample-site.test.ts.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { BrowserContext, Page } from "playwright-core";
import { browsedSite } from "./browser.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
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
  "/corrections/",
  // An embed page, as an article's iframe shows it (in an RTL edition too).
  "/embed/places/al-qaim-border-crossing/",
  "/ar/embed/places/al-qaim-border-crossing/",
  // The further editions, the right-to-left ones and Turkish: home, timeline, an event (and one not yet
  // translated into Turkish), a place, an index, and the search page with results from the edition's index.
  ...["/ar", "/ckb", "/tr"].flatMap((edition) => [
    `${edition}/`,
    `${edition}/timeline/`,
    `${edition}/events/iraq-closes-al-qaim-crossing/`,
    `${edition}/places/al-qaim-border-crossing/`,
    `${edition}/actors/`,
    `${edition}/search/?q=${encodeURIComponent(edition === "/tr" ? "Kaim" : "القائم")}`,
  ]),
  "/tr/events/hts-led-offensive-against-assad-government/",
];

const sample = browsedSite("quality", path.join(REPO, "content"));

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
      ({ stderr } = await run("java", ["-jar", VNU_JAR, "--format", "json", "--skip-non-html", sample.dir], {
        maxBuffer: 64 * 1024 * 1024,
      }));
    } catch (error) {
      // vnu exits 1 when it reports an error; the report is still on stderr.
      const failed = error as { stderr?: string; code?: unknown };
      if (typeof failed.stderr !== "string" || !failed.stderr.trim().startsWith("{")) throw error;
      stderr = failed.stderr;
    }
    const report = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = report.messages.filter(
      (m) => m.type === "error" || m.type === "non-document-error" || m.subType === "fatal",
    );
    const describeMessage = (m: VnuMessage) =>
      `${(m.url ?? "").replace(/^file:/, "").replace(sample.dir, "")}:${m.lastLine ?? "?"}:${m.lastColumn ?? "?"} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, " ")}` : ""}`;
    assert.equal(
      errors.length,
      0,
      `the Nu HTML checker reported ${errors.length} error(s):\n${errors.map(describeMessage).join("\n")}`,
    );
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe-core finds no WCAG 2.2 AA violation (${colorScheme} colour scheme)`, async () => {
      const context = await sample.browser.newContext({ colorScheme });
      const problems: string[] = [];
      try {
        for (const urlPath of PAGES) {
          const page = await opened(context, urlPath);
          await page.emulateMedia({ colorScheme });
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async (tags) => {
            const axe = (
              window as unknown as {
                axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
              }
            ).axe;
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
            problems.push(
              `${urlPath} [${v.impact}] ${v.id}: ${v.help} (${v.count} node(s))\n${v.nodes.map((n) => `    ${n}`).join("\n")}`,
            );
          }
          await page.close();
        }
      } finally {
        await context.close();
      }
      assert.deepEqual(
        problems,
        [],
        `axe-core violations in the ${colorScheme} colour scheme:\n${problems.join("\n")}`,
      );
    });
  }

  it("no page scrolls sideways at 390 px wide", async () => {
    const context = await sample.browser.newContext({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    try {
      for (const urlPath of PAGES) {
        const page = await opened(context, urlPath);
        const { scrollWidth, culprits } = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const culprits = [...document.querySelectorAll("body *")]
            // Right-to-left pages overflow on the left.
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.right > limit + 0.5 || box.left < -0.5;
            })
            .slice(0, 5)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`,
            );
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
  const response = await page.goto(`${sample.server.origin}${urlPath}`, { waitUntil: "load" });
  assert.equal(response?.status(), 200, `${urlPath} must exist`);
  if (urlPath.includes("/search/")) {
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

// Renders the site from the in-memory model with Eleventy. Eleventy never reads content files: its
// templates are the modules of src/pages, handed over as virtual templates (src/render/templates.ts); the
// model and the selection of pages to render arrive as global data. The web fonts are copied from their
// packages afterwards (src/site/fonts.ts), and the data exports are written outside Eleventy, a piece at
// a time (src/export/write-exports.ts).
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { writeExports, type ExportLayout, type PreviousExports } from "../export/write-exports.ts";
import { affectedPages, type AffectedPages } from "../site/affected-pages.ts";
import { copyFonts } from "../site/fonts.ts";
import { SITE_DATA_KEY } from "../site/page-data.ts";
import { PageSelection, SELECTION_KEY } from "../site/page-selection.ts";
import { SiteData, type RenderInput } from "../site/site-data.ts";
import { configureEleventy } from "./eleventy-setup.ts";
import { PageWriter, type RenderedPage } from "./page-writer.ts";

/** Eleventy's input folder, where the virtual templates live; absolute, so rendering works from any working directory. */
export const PAGES_DIR = fileURLToPath(new URL("../pages/", import.meta.url));

/**
 * Pages per Eleventy run. Eleventy holds every page of a run (data, content, bookkeeping) until the run
 * ends, and its per-page cost grows with the run's size; in batches, memory stays flat and time stays
 * linear however large the archive, for a few tenths of a second per extra run. While one batch renders,
 * the one before is being written (PageWriter): 2,500 rather than 5,000 pages took the UCDP build's peak
 * from 1.67 to 1.55 GB at the same speed (farm-bench, 0.99x).
 */
const BATCH_PAGES = 2500;

/**
 * Renders every page of every edition into outputDir (which exists and is empty), the default edition
 * first, each in Eleventy runs of its own, and the data exports. Throws on failure. Returns where the
 * exports' blocks lie, for a build with its cache to keep (src/export/write-exports.ts).
 */
export async function renderSite(
  input: RenderInput,
  outputDir: string,
  options: { batchPages?: number } = {},
): Promise<ExportLayout | undefined> {
  let exports: ExportLayout | undefined;
  for (const data of editionData(input)) {
    const written = await renderAll(data, outputDir, options);
    exports ??= written;
  }
  return exports;
}

/**
 * One SiteData per edition, the default first: each with the edition's words, dates, URLs and the model
 * in its language, so nothing a page caches per SiteData is shared between editions. `input.messages`
 * (a test's catalog) is the default edition's; `input.edition` renders that edition alone.
 */
export function editionData(input: RenderInput): SiteData[] {
  const editions = input.model.site.editions;
  if (input.edition || editions.length <= 1) return [new SiteData(input)];
  return editions.map(
    (edition, i) => new SiteData({ ...input, edition, messages: i === 0 ? input.messages : undefined }),
  );
}

/**
 * renderSite() for site data already built (the dev server keeps it to compare with the next edit).
 * Returns the exports' layout when this edition writes them (the default edition does).
 */
export async function renderAll(
  data: SiteData,
  outputDir: string,
  options: { batchPages?: number } = {},
): Promise<ExportLayout | undefined> {
  // One writer for every batch, so a batch is written while the next renders.
  const writer = new PageWriter();
  let exports: ExportLayout | undefined;
  try {
    for (const batch of PageSelection.everything(data).batches(options.batchPages ?? BATCH_PAGES))
      exports = (await renderPages(data, batch, outputDir, writer)) ?? exports;
  } finally {
    // Even when a batch failed: nothing may still write into a staging folder about to be discarded.
    await writer.settled();
  }
  await writer.flush();
  return exports;
}

/**
 * Whether every page can be rendered again from a comparison of the two sites' data (renderChanges):
 * not when the site's settings changed, its editions among them, since every page shows them.
 */
export function comparable(before: readonly SiteData[], after: readonly SiteData[]): boolean {
  return JSON.stringify(before[0]!.site) === JSON.stringify(after[0]!.site);
}

/**
 * What an edit changed on each edition of the site, the one `before` describes against the one `after`
 * describes (src/site/affected-pages.ts), each edition compared with itself. The sites must be comparable().
 */
export function siteChanges(before: readonly SiteData[], after: readonly SiteData[]): AffectedPages[] {
  return after.map((data, i) => affectedPages(before[i]!, data));
}

/**
 * Brings outputDir, which holds the site before the `changes` (siteChanges), to the site `after`
 * describes: removes the pages that are gone and renders again those the changes select. `exports`:
 * also rewrite the data exports when anything changed, copying what they can from `previous` (the
 * exports in outputDir). `renderInto`: write the pages and exports there instead, for the caller to move
 * over outputDir's. Returns the number of pages rendered, and the exports' layout when they were written.
 */
export async function renderChanges(
  changes: readonly AffectedPages[],
  after: readonly SiteData[],
  outputDir: string,
  options: { exports: boolean; renderInto?: string; previous?: PreviousExports },
): Promise<{ pages: number; exports?: ExportLayout }> {
  const into = options.renderInto ?? outputDir;
  let pages = 0;
  for (const [i, data] of after.entries()) {
    const { selection, remove } = changes[i]!;
    for (const folder of remove) await fs.rm(path.join(outputDir, folder), { recursive: true, force: true });
    if (selection.size > 0) await renderPages(data, selection, into);
    pages += selection.size;
  }
  if (!options.exports || pages === 0) return { pages };
  const { original, originalTimeline } = after[0]!;
  return { pages, exports: await writeExports(original, originalTimeline, into, options.previous) };
}

/**
 * Renders the selected pages into outputDir, over pages already there (the dev server's updates). With a
 * `writer` shared between calls, the pages may still be being written when this returns: its flush() waits.
 */
export async function renderPages(
  data: SiteData,
  selection: PageSelection,
  outputDir: string,
  writer?: PageWriter,
): Promise<ExportLayout | undefined> {
  const pages = writer ?? new PageWriter();
  let exports: ExportLayout | undefined;
  try {
    // The exports alone (the dev server refreshing them) need no Eleventy run.
    if (selection.size > (selection.has("exports") ? 1 : 0))
      await pages.write(await runEleventy(data, selection, outputDir));
    // The web fonts the stylesheet names, only once the stylesheet is written.
    if (selection.has("assets")) {
      await pages.flush();
      await copyFonts(outputDir);
    }
    if (selection.has("exports")) exports = await writeExports(data.original, data.originalTimeline, outputDir);
  } finally {
    if (!writer) await pages.settled();
  }
  if (!writer) await pages.flush();
  return exports;
}

/** The selected pages, rendered by Eleventy without writing them (PageWriter writes them). */
async function runEleventy(data: SiteData, selection: PageSelection, outputDir: string): Promise<RenderedPage[]> {
  const eleventy = new Eleventy(PAGES_DIR, outputDir, {
    quietMode: true,
    // No config file: the configuration is the callback's (src/render/eleventy-setup.ts).
    configPath: false,
    config(config) {
      configureEleventy(config);
      config.addGlobalData(SITE_DATA_KEY, data);
      config.addGlobalData(SELECTION_KEY, selection);
    },
  });
  // Eleventy's own log lines would interleave with our diagnostics; its errors reach us as a rejection.
  eleventy.disableLogger();
  try {
    return await eleventy.toJSON();
  } catch (error) {
    throw new Error(`rendering failed: ${describe(error)}`, { cause: error });
  }
}

/** Eleventy wraps the real problem (a template that threw) in its own errors; name every layer. */
function describe(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5;) {
    if (!messages.includes(e.message)) messages.push(e.message);
    const inner: unknown = (e as { originalError?: unknown }).originalError ?? e.cause;
    e = inner;
  }
  return messages.join(": ") || String(error);
}

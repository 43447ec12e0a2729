// Renders the site from the in-memory model with Eleventy. Eleventy never reads content files: its
// input is src/pages (TypeScript templates only), and the model arrives as global data. The web fonts are
// copied from their packages afterwards (src/site/fonts.ts).
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "../model/timeline.ts";
import type { Model } from "../model/types.ts";
import { copyFonts } from "./fonts.ts";
import { SITE_DATA_KEY } from "./page-data.ts";
import { SiteData } from "./site-data.ts";

export interface RenderInput { model: Model; timeline: Timeline; drafts: boolean }

/** Absolute, so rendering works whatever the working directory. */
export const PAGES_DIR = fileURLToPath(new URL("../pages/", import.meta.url));
export const CONFIG_PATH = fileURLToPath(new URL("../../eleventy.config.ts", import.meta.url));

/** Renders every page into outputDir (which exists and is empty). Throws on failure. */
export async function renderSite(input: RenderInput, outputDir: string): Promise<void> {
  const data = new SiteData(input);
  const eleventy = new Eleventy(PAGES_DIR, outputDir, {
    quietMode: true,
    configPath: CONFIG_PATH,
    config(config) {
      config.addGlobalData(SITE_DATA_KEY, data);
    },
  });
  // Eleventy's own log lines would interleave with our diagnostics; its errors reach us as a rejection.
  eleventy.disableLogger();
  try {
    await eleventy.write();
  } catch (error) {
    throw new Error(`rendering failed: ${describe(error)}`, { cause: error });
  }
  // The web fonts the stylesheet names, only once every page was written.
  await copyFonts(outputDir);
}

/** Eleventy wraps the real problem (a template that threw) in its own errors; name every layer. */
function describe(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5; ) {
    if (!messages.includes(e.message)) messages.push(e.message);
    const inner: unknown = (e as { originalError?: unknown }).originalError ?? e.cause;
    e = inner;
  }
  return messages.join(": ") || String(error);
}

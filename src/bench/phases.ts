// Dateline's build, phase by phase, in one process, with a timer around each step. It MIRRORS build()
// in src/build.ts (same functions, same order, same arguments) instead of hooking into it; when build()
// gains or reorders a step, change this file with it. The bench runs it in a child process of its own
// (src/bench/phases-run.ts), separately from the timed `scripts/build.ts` runs.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { loadContent } from "../content/load.ts";
import { listContentFiles } from "../content/files.ts";
import { hasErrors } from "../diagnostics.ts";
import { buildTimeline } from "../model/timeline.ts";
import { outputDirProblem } from "../publish/guard.ts";
import { publishAtomically } from "../publish/publish.ts";
import { verifyStaging } from "../publish/verify.ts";
import { renderSite } from "../site/render.ts";
import { loadSearchStep } from "./search-step.ts";

export interface Phase {
  name: "startup" | "load" | "read" | "index" | "render" | "search" | "verify" | "publish";
  ms: number;
  /** Resident memory of this process right after the phase. */
  rssBytes: number;
}

export interface PhaseReport {
  phases: Phase[];
  /** False when this checkout has no search step yet: no `search` phase then. */
  search: boolean;
  events: number;
  pages: number;
}

/** With `startup`, the first phase is the time since the process started (call this first thing). */
export async function measurePhases(contentDir: string, outputDir: string, options: { startup?: boolean } = {}): Promise<PhaseReport> {
  const phases: Phase[] = [];
  const search = await loadSearchStep();
  // Starting Node and tsx and importing the build's modules (search included): what every build pays first.
  if (options.startup) phases.push({ name: "startup", ms: performance.now(), rssBytes: process.memoryUsage.rss() });
  const timed = async <T>(name: Phase["name"], step: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const value = await step();
    phases.push({ name, ms: performance.now() - started, rssBytes: process.memoryUsage.rss() });
    return value;
  };

  const refused = await outputDirProblem(outputDir, { contentDir });
  if (refused) throw new Error(refused);
  // load = read + parse + validate + resolve references: one function in build().
  const { model, diagnostics } = await timed("load", () => loadContent(contentDir, { strict: false }));
  if (hasErrors(diagnostics)) throw new Error(`the content has errors; run npm run check -- --content ${contentDir}`);
  // Not a step of build(): how much of `load` is only reading the files (they are in the page cache
  // both times, as they are for a build right after an edit).
  await timed("read", async () => {
    const { files } = await listContentFiles(contentDir);
    for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map((f) => readFile(f.absolutePath)));
  });
  const timeline = await timed("index", () => buildTimeline(model, { drafts: false }));

  let pages = 0;
  let inside = 0;
  const started = performance.now();
  await publishAtomically(outputDir, async (stagingDir) => {
    const fillStarted = performance.now();
    await timed("render", () => renderSite({ model, timeline, drafts: false }, stagingDir));
    if (search) await timed("search", () => search({ model, timeline, stagingDir, outputDir }));
    const report = await timed("verify", () => verifyStaging(stagingDir, { events: timeline.events, outputDir, search: search !== undefined }));
    if (report.problems.length > 0) throw new Error(`the built site failed verification: ${report.problems[0]!.message}`);
    pages = report.pages;
    inside = performance.now() - fillStarted;
  });
  // publish = creating the staging folder + the swap + removing the previous output.
  phases.push({ name: "publish", ms: performance.now() - started - inside, rssBytes: process.memoryUsage.rss() });
  return { phases, search: search !== undefined, events: timeline.events.length, pages };
}

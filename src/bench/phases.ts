// Dateline's build, phase by phase, in one process: build() itself reports each step (BuildOptions.onPhase),
// so what is timed is exactly what `npm run build` runs. Render and search overlap (they run at the same
// time), so the phases' times add up to more than the build's. The bench runs this in a child process
// of its own (src/bench/phases-run.ts), separately from the timed `scripts/build.ts` runs.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { build, type PhaseName } from "../build.ts";
import { listContentFiles } from "../content/files.ts";

export interface Phase {
  name: PhaseName | "startup" | "read";
  /** Since the process started (startup) or since build() was called (the build's steps). */
  startMs: number;
  ms: number;
  /** Resident memory of this process right after the phase. */
  rssBytes: number;
}

export interface PhaseReport {
  phases: Phase[];
  /** build() from its call to its return. */
  buildMs: number;
  events: number;
  pages: number;
}

/** With `startup`, the first phase is the time since the process started (call this first thing). */
export async function measurePhases(
  contentDir: string,
  outputDir: string,
  options: { startup?: boolean } = {},
): Promise<PhaseReport> {
  const phases: Phase[] = [];
  // Starting Node and tsx and importing the build's modules: what every build pays first.
  if (options.startup)
    phases.push({ name: "startup", startMs: 0, ms: performance.now(), rssBytes: process.memoryUsage.rss() });
  const started = performance.now();
  const result = await build({ contentDir, outputDir, onPhase: (phase) => phases.push(phase) });
  const buildMs = performance.now() - started;
  if (result.exitCode !== 0) {
    throw new Error(
      result.exitCode === 1
        ? `the content has errors; run npm run check -- --content ${contentDir}`
        : `the build failed: ${result.failure}`,
    );
  }
  // Not a step of build(): how much of `load` is only reading the files (they are in the page cache
  // both times, as they are for a build right after an edit).
  const readStarted = performance.now();
  const { files } = await listContentFiles(contentDir);
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(files.slice(i, i + 64).map((f) => readFile(f.absolutePath)));
  const load = phases.findIndex((p) => p.name === "load");
  phases.splice(load + 1, 0, {
    name: "read",
    startMs: phases[load]?.startMs ?? 0,
    ms: performance.now() - readStarted,
    rssBytes: process.memoryUsage.rss(),
  });
  return { phases, buildMs, events: result.events, pages: result.pages };
}

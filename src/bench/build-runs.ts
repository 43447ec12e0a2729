// One timed build in a child process: its exit code, time, CPU, memory and the pages it wrote; and
// Dateline's phases, timed by src/bench/phases-run.ts in a child of their own.
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { listTree, type TreeEntry } from "../publish/walk.ts";
import { excerpt } from "./excerpt.ts";
import { runMeasured, type RunSpec } from "./measure.ts";
import type { PhaseReport } from "./phases.ts";
import type { ToolRun } from "./result.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

export async function measureBuild(
  spec: RunSpec,
  outputDir: string,
  round: number,
): Promise<{ result: ToolRun; failure?: string }> {
  const measured = await runMeasured(spec);
  const { exitCode, cpuMs, peakBytes, memory } = measured;
  const pages = exitCode === 0 ? countPages(outputDir) : 0;
  const result: ToolRun = { round, exitCode, wallMs: Math.round(measured.wallMs), cpuMs, peakBytes, memory, pages };
  return exitCode === 0
    ? { result }
    : { result, failure: `exited with ${exitCode}: ${excerpt(measured.stderr || measured.stdout)}` };
}

/** Dateline's phases (src/bench/phases-run.ts) in a child process; a message when that failed. */
export async function measurePhasesInChild(contentDir: string, outputDir: string): Promise<PhaseReport | string> {
  const args = ["--import", "tsx", "src/bench/phases-run.ts", contentDir, outputDir];
  const measured = await runMeasured({ command: process.execPath, args, cwd: REPO, node: true });
  await rm(outputDir, { recursive: true, force: true });
  if (measured.exitCode !== 0) return `phases exited with ${measured.exitCode}: ${excerpt(measured.stderr)}`;
  return JSON.parse(measured.stdout) as PhaseReport;
}

function countPages(dir: string): number {
  let entries: TreeEntry[];
  try {
    entries = listTree(dir);
  } catch {
    return 0; // no site: the build failed
  }
  return entries.filter((entry) => entry.kind === "file" && /\.html?$/.test(entry.relative)).length;
}

// The bench's figures from its runs: each tool's medians over the rounds it ran to the end, Dateline's
// against each peer's, the phases' medians, and the four-edition build's cost per page.
import { median } from "./median.ts";
import type { PhaseReport } from "./phases.ts";
import type { BenchResult, Tool, ToolResult, ToolRun } from "./result.ts";
import { BENCH_EDITIONS } from "./translations.ts";

export function summarise(tool: Tool, toolRuns: ToolRun[], failure: string | undefined): ToolResult {
  const ok = toolRuns.filter((run) => run.exitCode === 0);
  return {
    tool,
    runs: toolRuns,
    wallMs: median(ok.map((run) => run.wallMs)),
    cpuMs: median(ok.map((run) => run.cpuMs)),
    peakBytes: median(ok.map((run) => run.peakBytes)),
    pages: ok.at(-1)?.pages ?? 0,
    ...(failure ? { failure } : {}),
  };
}

/** Dateline's medians divided by each peer's: 2.0 means Dateline takes twice as long (or as much). */
export function withRatios(results: ToolResult[]): ToolResult[] {
  const mine = results[0]!;
  const ratio = (a: number, b: number) => (a > 0 && b > 0 ? a / b : undefined);
  return results.map((peer, index) => {
    if (index === 0) return peer;
    const time = ratio(mine.wallMs, peer.wallMs);
    const cpu = ratio(mine.cpuMs, peer.cpuMs);
    const memory = ratio(mine.peakBytes, peer.peakBytes);
    return {
      ...peer,
      ...(time ? { timeRatio: time } : {}),
      ...(cpu ? { cpuRatio: cpu } : {}),
      ...(memory ? { memoryRatio: memory } : {}),
    };
  });
}

export function medianPhases(reports: PhaseReport[]): NonNullable<BenchResult["phases"]> {
  return reports[0]!.phases.map((phase, index) => ({
    name: phase.name,
    startMs: Math.round(median(reports.map((r) => r.phases[index]?.startMs ?? 0))),
    ms: Math.round(median(reports.map((r) => r.phases[index]?.ms ?? 0))),
    rssBytes: median(reports.map((r) => r.phases[index]?.rssBytes ?? 0)),
  }));
}

/** The build with editions beside the one-edition build of the same events: time per page in each. */
export function editionsResult(
  single: readonly ToolRun[],
  withEditions: readonly ToolRun[],
): NonNullable<BenchResult["editions"]> {
  const ok = (runs: readonly ToolRun[]) => runs.filter((run) => run.exitCode === 0);
  const perPage = (runs: readonly ToolRun[]) => median(ok(runs).map((run) => run.wallMs / Math.max(1, run.pages)));
  const msPerPage = perPage(withEditions);
  const oneEditionMsPerPage = perPage(single);
  return {
    languages: ["en", ...BENCH_EDITIONS],
    wallMs: median(ok(withEditions).map((run) => run.wallMs)),
    cpuMs: median(ok(withEditions).map((run) => run.cpuMs)),
    peakBytes: median(ok(withEditions).map((run) => run.peakBytes)),
    pages: ok(withEditions).at(-1)?.pages ?? 0,
    msPerPage,
    oneEditionMsPerPage,
    ...(oneEditionMsPerPage > 0 ? { perPageRatio: msPerPage / oneEditionMsPerPage } : {}),
  };
}

// The benchmark's result: one shape for the printed table and for --json.
import type { EditLoopResult } from "./edit-loop.ts";
import type { PeerName } from "./peers.ts";
import type { ArchiveSummary } from "./generate.ts";
import type { Measured } from "./measure.ts";
import type { Phase } from "./phases.ts";
import type { PageBudget } from "./page-budget.ts";
import type { SearchCost } from "./search-bytes.ts";

export type Tool = "dateline" | PeerName;

export interface ToolRun {
  round: number;
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
  memory: Measured["memory"];
  /** HTML files in the output. */
  pages: number;
}

export interface ToolResult {
  tool: Tool;
  runs: ToolRun[];
  /** Medians over the successful runs. */
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
  pages: number;
  /** Dateline's median divided by this tool's (absent for Dateline itself). */
  timeRatio?: number;
  cpuRatio?: number;
  memoryRatio?: number;
  /** Why a run failed (the end of its error output). */
  failure?: string;
}

export interface RebuildTimes {
  runs: ToolRun[];
  wallMs: number;
  cpuMs: number;
  peakBytes: number;
  /** Its wall time over Hugo's alone, when Hugo was measured. */
  hugoRatio?: number;
}

export interface BenchResult {
  source: { kind: "generated"; seed: number; summary: ArchiveSummary } | { kind: "content"; dir: string };
  /** Published events. */
  events: number;
  rounds: number;
  environment: {
    node: string;
    platform: string;
    cpus: number;
    memoryBytes: number;
    /** The 1-minute load average when the bench started: above the CPU count, wall times are inflated. */
    loadAverage: number;
    hugo?: string;
  };
  tools: ToolResult[];
  /** Dateline's phases, medians over the rounds (undefined when they could not be measured). */
  phases?: Phase[];
  /** build() from call to return in the phases run (median); render and search overlap inside it. */
  buildMs?: number;
  search?: SearchCost;
  /** Event page weight and scripts on the built site (the reader budgets). */
  budget?: PageBudget;
  /**
   * With --rebuild: `npm run build` with the cache of the build before, after one event's title changed,
   * and after one event was added on the newest day (medians over the rounds), and whether every round's
   * site was byte for byte a cold build's.
   */
  rebuild?: RebuildTimes & { added: RebuildTimes; identical: boolean };
  /** With --edit-loop: the dev server's time from saving an event to its pages updated. */
  editLoop?: EditLoopResult;
  /** With --editions: the same events built as a site with more editions, medians over the rounds. */
  editions?: {
    languages: string[];
    wallMs: number;
    cpuMs: number;
    peakBytes: number;
    pages: number;
    /** Wall time per HTML page, with the editions and with the default edition alone. */
    msPerPage: number;
    oneEditionMsPerPage: number;
    /** msPerPage / oneEditionMsPerPage: below 1, a page of the site with editions costs less. */
    perPageRatio?: number;
  };
  failures: string[];
}

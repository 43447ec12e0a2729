// The benchmark run: prepare the archive and the peer projects, then K rounds of Dateline's build and
// each peer, alternating so that drift in the machine's speed hits every tool alike; then Dateline's
// phases and the cost of search. Every build runs in a child process of its own.
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "../content/load.ts";
import { hasErrors, printDiagnostics } from "../diagnostics.ts";
import { cleanUpOnInterrupt } from "../publish/interrupt.ts";
import type { EditLoopResult } from "./edit-loop.ts";
import { DEFAULT_SEED, generateArchive, writeArchive } from "./generate.ts";
import { BENCH_EDITIONS } from "./translations.ts";
import { runMeasured, settleDisk, type RunSpec } from "./measure.ts";
import { measureBuild, measurePhasesInChild } from "./build-runs.ts";
import { editionsResult, medianPhases, summarise, withRatios } from "./summary.ts";
import { hugoVersion, withPagefind, writeEleventyProject, writeHugoSite, type Peer } from "./peers.ts";
import type { PhaseReport } from "./phases.ts";
import { median } from "./median.ts";
import type { BenchResult, Tool, ToolRun } from "./result.ts";
import { measurePageBudget } from "./page-budget.ts";
import { defaultQuery, measureSearch } from "./search-bytes.ts";
import { excerpt } from "./excerpt.ts";
import { prepareRebuild, rebuildResult, timeRebuild } from "./rebuild.ts";

export interface BenchOptions {
  /** Generate this many events (ignored when contentDir is given). */
  events: number;
  contentDir?: string;
  seed?: number;
  peers: boolean;
  runs: number;
  /** The search query to cost; default: the name of the place with the most events. */
  query?: string;
  /** Keep the temporary folder (content, peer projects) and say where it is. */
  keep?: boolean;
  /** Also time the dev server's edit loop (src/bench/edit-loop.ts). */
  editLoop?: boolean;
  /** Also build the generated archive as a site with three more editions (src/bench/translations.ts). */
  editions?: boolean;
  /** Also time a build with the cache of the one before, after one title edit (src/bench/rebuild.ts). */
  rebuild?: boolean;
  /** Progress lines (to stderr in the script). */
  log?: (line: string) => void;
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const work = await mkdtemp(path.join(os.tmpdir(), "dateline-bench-"));
  // Ctrl-C during a long run removes the temporary folder too (the children get the signal themselves).
  const release = options.keep ? () => {} : cleanUpOnInterrupt(() => rmSync(work, { recursive: true, force: true }));
  try {
    return await benchIn(work, options, log);
  } finally {
    release();
    if (options.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

async function benchIn(work: string, options: BenchOptions, log: (line: string) => void): Promise<BenchResult> {
  const loadAverage = Math.round(os.loadavg()[0]! * 100) / 100;
  const { contentDir, editionsDir, source } = await prepareContent(work, options, log);

  log("loading the content for the peers and the search query …");
  const { model, diagnostics } = await loadContent(contentDir);
  if (hasErrors(diagnostics)) throw new Error(`the content has errors:\n${printDiagnostics(diagnostics)}`);

  const hugo = options.peers ? await hugoVersion() : undefined;
  const peers: Peer[] = [];
  if (options.peers) {
    log("writing the peer projects …");
    const eleventy = await writeEleventyProject(model, path.join(work, "peer-eleventy"));
    peers.push(eleventy, withPagefind(eleventy));
    if (hugo) {
      const site = await writeHugoSite(model, path.join(work, "peer-hugo"));
      peers.push(site, withPagefind(site));
    } else log("hugo is not on the PATH: comparing with Eleventy only");
  }
  const dateline = (outputDir: string): RunSpec => ({
    command: process.execPath,
    args: ["--import", "tsx", "scripts/build.ts", "--content", contentDir, "--output", outputDir, "--no-cache"],
    cwd: REPO,
    node: true,
  });
  // The rebuild's own copy of the content, whose titles it edits, and its cache.
  const rebuild = options.rebuild ? await prepareRebuild(work, contentDir, dateline, log) : undefined;
  const rebuildRuns: ToolRun[] = [];
  const addedRuns: ToolRun[] = [];
  let rebuildIdentical = true;
  const tools: [Tool, (outputDir: string) => RunSpec][] = [
    ["dateline", dateline],
    ...peers.map((p): [Tool, Peer["command"]] => [p.name, (outputDir) => p.command(outputDir)]),
  ];

  const runs = new Map<Tool, ToolRun[]>(tools.map(([tool]) => [tool, []]));
  const editionRuns: ToolRun[] = [];
  const failures = new Map<Tool, string>();
  const measureFailures: string[] = [];
  const phaseReports: PhaseReport[] = [];
  let search: BenchResult["search"];
  let budget: BenchResult["budget"];

  for (let round = 1; round <= options.runs; round++) {
    for (const [tool, command] of tools) {
      log(`round ${round}/${options.runs}: ${tool} …`);
      const outputDir = path.join(work, `out-${tool}-${round}`);
      await settleDisk();
      const run = await measureBuild(command(outputDir), outputDir, round);
      runs.get(tool)!.push(run.result);
      if (run.failure) failures.set(tool, `${tool} ${run.failure}`);
      // The search index is the same every round: measured once, on the last round's site.
      if (tool === "dateline" && !run.failure && round === options.runs) {
        try {
          budget = await measurePageBudget(outputDir);
          search = await measureSearch(outputDir, options.query ?? defaultQuery(model));
        } catch (error) {
          measureFailures.push(
            `measuring the page budget or the search download failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      await rm(outputDir, { recursive: true, force: true });
    }

    if (editionsDir) {
      log(`round ${round}/${options.runs}: dateline with ${BENCH_EDITIONS.length} more editions …`);
      const outputDir = path.join(work, `out-editions-${round}`);
      await settleDisk();
      const spec = {
        ...dateline(outputDir),
        args: dateline(outputDir).args.map((a) => (a === contentDir ? editionsDir : a)),
      };
      const run = await measureBuild(spec, outputDir, round);
      editionRuns.push(run.result);
      if (run.failure) measureFailures.push(`the build with editions ${run.failure}`);
      await rm(outputDir, { recursive: true, force: true });
    }

    if (rebuild) {
      log(`round ${round}/${options.runs}: dateline with the cache, after a title edit and after an added event …`);
      const timed = await timeRebuild(rebuild, work, round);
      rebuildRuns.push(timed.titleRun);
      addedRuns.push(timed.addedRun);
      measureFailures.push(...timed.failures);
      if (!timed.identical) rebuildIdentical = false;
    }

    log(`round ${round}/${options.runs}: Dateline phases …`);
    await settleDisk();
    const phases = await measurePhasesInChild(contentDir, path.join(work, `out-phases-${round}`));
    if (typeof phases === "string") measureFailures.push(phases);
    else phaseReports.push(phases);
  }

  let editLoop: BenchResult["editLoop"];
  if (options.editLoop) {
    log("edit loop: dev site, then saving one event 5 times …");
    const args = ["--import", "tsx", "src/bench/edit-loop-run.ts", contentDir, path.join(work, "edit-loop")];
    const measured = await runMeasured({ command: process.execPath, args, cwd: REPO, node: true });
    if (measured.exitCode === 0) editLoop = JSON.parse(measured.stdout) as EditLoopResult;
    else measureFailures.push(`the edit loop exited with ${measured.exitCode}: ${excerpt(measured.stderr)}`);
  }

  const summaries = withRatios([...runs].map(([tool, toolRuns]) => summarise(tool, toolRuns, failures.get(tool))));
  return {
    source,
    events: model.events.filter((e) => !e.draft).length,
    rounds: options.runs,
    environment: {
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      memoryBytes: os.totalmem(),
      loadAverage,
      ...(hugo ? { hugo } : {}),
    },
    tools: summaries,
    ...(phaseReports.length
      ? { phases: medianPhases(phaseReports), buildMs: Math.round(median(phaseReports.map((r) => r.buildMs))) }
      : {}),
    ...(search ? { search } : {}),
    ...(budget ? { budget } : {}),
    ...(editLoop ? { editLoop } : {}),
    ...(rebuild ? { rebuild: rebuildResult(rebuildRuns, addedRuns, rebuildIdentical, summaries) } : {}),
    ...(editionRuns.some((run) => run.exitCode === 0)
      ? { editions: editionsResult(runs.get("dateline")!, editionRuns) }
      : {}),
    failures: [...failures.values(), ...measureFailures],
  };
}

async function prepareContent(
  work: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<{ contentDir: string; editionsDir?: string; source: BenchResult["source"] }> {
  if (options.contentDir)
    return { contentDir: path.resolve(options.contentDir), source: { kind: "content", dir: options.contentDir } };
  const seed = options.seed ?? DEFAULT_SEED;
  const contentDir = path.join(work, "content");
  log(`generating ${options.events} events (seed ${seed}) …`);
  const archive = generateArchive({ events: options.events, seed });
  await writeArchive(archive, contentDir);
  const source = { kind: "generated" as const, seed, summary: archive.summary };
  if (!options.editions) return { contentDir, source };
  log(`translating them for ${BENCH_EDITIONS.length} more editions …`);
  const editionsDir = path.join(work, "content-editions");
  await writeArchive(archive, editionsDir, { editions: { seed } });
  return { contentDir, editionsDir, source };
}

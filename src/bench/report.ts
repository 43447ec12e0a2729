// The benchmark's printed report: the tools table, Dateline's phases and the cost of search.
import { countText } from "../diagnostics.ts";
import type { BenchResult, RebuildTimes } from "./result.ts";
import { fetchedByKind, RESULTS_PER_PAGE, type SearchCost } from "./search-bytes.ts";

const PHASE_LABELS: Record<string, string> = {
  startup: "startup (node, tsx, imports)",
  load: "load (read, parse, validate, resolve)",
  read: "  of which reading the files",
  index: "index (timeline, one pass)",
  render: "render (Eleventy)",
  search: "search index (Pagefind), during render",
  verify: "verify",
  publish: "publish (staging, swap)",
};

export function formatReport(result: BenchResult): string {
  const lines: string[] = [];
  const { source } = result;
  if (source.kind === "generated") {
    const s = source.summary;
    lines.push(
      `Benchmark: ${n(result.events)} generated events (seed ${source.seed}); ${n(s.places)} places, ${n(s.actors)} actors, ` +
        `${n(s.figures)} figures (${n(s.placeFiles + s.actorFiles + s.figureFiles)} entity files, the rest implicit)`,
    );
  } else {
    lines.push(`Benchmark: ${n(result.events)} events from ${source.dir}`);
  }
  const env = result.environment;
  lines.push(
    `${countText(result.rounds, { one: "round", other: "rounds" })} (medians shown); ` +
      `Node ${env.node}, ${env.platform}, ${env.cpus} CPUs, ` +
      `${bytes(env.memoryBytes)} RAM, load average ${env.loadAverage}${env.hugo ? `; ${env.hugo}` : ""}`,
  );
  if (env.loadAverage > env.cpus)
    lines.push(
      `note: the machine was busy (load ${env.loadAverage} on ${env.cpus} CPUs): wall times are inflated; CPU times are steadier`,
    );
  lines.push("");

  const rows = [["tool", "wall time", "CPU time", "peak memory", "pages", "Dateline/peer: wall", "CPU", "memory"]];
  const ratio = (value: number | undefined) => (value === undefined ? "" : `${value.toFixed(2)}×`);
  for (const tool of result.tools) {
    if (tool.failure && tool.runs.every((run) => run.exitCode !== 0)) {
      rows.push([tool.tool, "failed"]);
      continue;
    }
    rows.push([
      tool.tool,
      seconds(tool.wallMs),
      seconds(tool.cpuMs),
      bytes(tool.peakBytes),
      n(tool.pages),
      ratio(tool.timeRatio),
      ratio(tool.cpuRatio),
      ratio(tool.memoryRatio),
    ]);
  }
  lines.push(...table(rows), "");

  if (result.phases) {
    // Render and search run at the same time: each row says when its step started, and the total is
    // the build's wall time, not the sum of the rows.
    const phaseRows = [["Dateline phase (in one process)", "starts at", "time", "RSS after"]];
    for (const phase of result.phases) {
      const start = phase.name === "startup" || phase.name === "read" ? "" : seconds(phase.startMs);
      phaseRows.push([PHASE_LABELS[phase.name] ?? phase.name, start, seconds(phase.ms), bytes(phase.rssBytes)]);
    }
    const startup = result.phases.find((p) => p.name === "startup")?.ms ?? 0;
    if (result.buildMs !== undefined)
      phaseRows.push(["total (startup + build)", "", seconds(startup + result.buildMs), ""]);
    lines.push(...table(phaseRows), "");
  }

  const search = result.search;
  if (!search) {
    lines.push("search: not measured");
  } else {
    const parts = fetchedByKind(search.fetched).map(
      (g) => `${g.count > 1 ? `${g.count} ` : ""}${g.kind} ${bytes(g.bytes)}`,
    );
    lines.push(
      `search: index ${bytes(search.indexBytes)} in ${n(search.indexFiles)} files`,
      `search: query "${search.query}" (${n(search.results)} results in ${searchedParts(search)}, first ${RESULTS_PER_PAGE} shown) fetches ${bytes(search.queryBytes)}` +
        ` (≈ ${bytes(search.queryTransferBytes)} with gzip): ${parts.join(", ")}; filter counts add ${bytes(search.filterBytes)}`,
    );
  }
  const budget = result.budget;
  if (budget) {
    lines.push(
      `budgets: event page with its CSS ${bytes(budget.medianEventBytes)} median, ${bytes(budget.largestEventBytes)} largest (${budget.largestEventPage}); ` +
        `${n(budget.overBudget)} of ${n(budget.eventPages)} over 50 kB; ${n(budget.pagesWithScript)} pages besides search run a script; ` +
        `embed with its CSS and script ${bytes(budget.medianEmbedBytes)} median, ${bytes(budget.largestEmbedBytes)} largest (${n(budget.embedPages)} embeds)`,
    );
  }
  const rebuild = result.rebuild;
  if (rebuild) {
    const times = (t: RebuildTimes) =>
      `${seconds(t.wallMs)} wall, ${seconds(t.cpuMs)} CPU, ${bytes(t.peakBytes)} peak` +
      (t.hugoRatio === undefined ? "" : `, ${t.hugoRatio.toFixed(2)}× Hugo alone`);
    lines.push(
      `rebuild (npm run build with the cache, after one title edit): ${times(rebuild)}; ` +
        `after one event added on the newest day: ${times(rebuild.added)}; ` +
        (rebuild.identical ? "its site is byte for byte a cold build's" : "ITS SITE DIFFERS FROM A COLD BUILD'S"),
    );
  }
  const loop = result.editLoop;
  if (loop) {
    lines.push(
      `edit loop (npm start): first build ${seconds(loop.firstBuildMs)}; saving an event shows it on its pages in ${seconds(loop.medianEditMs)} ` +
        `(median of ${loop.editsMs.length}, slowest ${seconds(loop.maxEditMs)}, ${n(loop.pagesPerEdit)} pages rendered); search index updated after ${seconds(loop.searchReadyMs)}`,
    );
  }
  const editions = result.editions;
  if (editions) {
    const ratio =
      editions.perPageRatio === undefined
        ? ""
        : ` (${editions.perPageRatio.toFixed(2)}× the one-edition time per page)`;
    lines.push(
      `editions (${editions.languages.join(", ")}): ${seconds(editions.wallMs)} wall, ${seconds(editions.cpuMs)} CPU, ` +
        `${bytes(editions.peakBytes)} peak for ${n(editions.pages)} pages: ${editions.msPerPage.toFixed(2)} ms a page, ` +
        `against ${editions.oneEditionMsPerPage.toFixed(2)} ms with English alone${ratio}`,
    );
  }
  for (const failure of result.failures) lines.push(`FAILED: ${failure}`);
  return `${lines.join("\n")}\n`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row, index) =>
    row
      .map((cell, column) =>
        column === 0 || index === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("   ")
      .trimEnd(),
  );
}

function n(value: number): string {
  return value.toLocaleString("en-US");
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function bytes(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(value >= 1e8 ? 0 : 1)} MB`;
  if (value >= 1e3) return `${Math.round(value / 1e3)} kB`;
  return `${value} B`;
}

/** "the one part of the index", "the newest 1 of 10 parts". */
function searchedParts({ parts, partsSearched }: SearchCost): string {
  if (parts === 1) return "the one part of the index";
  return `the newest ${n(partsSearched)} of ${n(parts)} parts`;
}

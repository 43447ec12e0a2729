// The build most users run: after one commit, with the cache of the build before. The bench copies the
// content (it never edits the folder it was given), builds once to fill a cache, then each round changes
// one event's title and times `npm run build` with that cache, and checks its site is byte for byte the
// site a build without the cache writes from the same content.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { measureBuild } from "./build-runs.ts";
import { excerpt } from "./excerpt.ts";
import { runMeasured, settleDisk, type RunSpec } from "./measure.ts";
import { median } from "./median.ts";
import type { BenchResult, ToolResult, ToolRun } from "./result.ts";

/** The content file whose title each round changes: the middle event file, in name order. */
export async function titledEvent(contentDir: string): Promise<string> {
  const dir = path.join(contentDir, "events");
  const names = (await fs.readdir(dir, { recursive: true, encoding: "utf8" }))
    .filter((name) => /^[^.]+\.md$/.test(path.basename(name)))
    .sort();
  if (names.length === 0) throw new Error(`no event file in ${dir}`);
  return path.join(dir, names[Math.floor(names.length / 2)]!);
}

/** Gives the event file another title, different in every round. */
export async function editTitle(file: string, round: number): Promise<void> {
  const text = await fs.readFile(file, "utf8");
  const edited = text.replace(/^title: .*$/m, `title: Corrected title, round ${round}`);
  if (edited === text) throw new Error(`${file} has no title line to edit`);
  await fs.writeFile(file, edited);
}

/** Whether two folders hold the same files with the same bytes. */
export async function sameTree(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([digests(a), digests(b)]);
  return left.size === right.size && [...left].every(([name, digest]) => right.get(name) === digest);
}

async function digests(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const name of await fs.readdir(dir, { recursive: true, encoding: "utf8" })) {
    const file = path.join(dir, name);
    if (!(await fs.stat(file)).isFile()) continue;
    found.set(
      name,
      createHash("sha256")
        .update(await fs.readFile(file))
        .digest("base64"),
    );
  }
  return found;
}

/** Copies the content, and builds it once to fill the cache the timed rebuilds start from. */
export async function prepareRebuild(
  work: string,
  contentDir: string,
  dateline: (outputDir: string) => RunSpec,
  log: (line: string) => void,
): Promise<{ titled: string; outputDir: string; cached: RunSpec; cold: (outputDir: string) => RunSpec }> {
  log("copying the content for the rebuilds, and filling their cache …");
  const content = path.join(work, "rebuild-content");
  await fs.cp(contentDir, content, { recursive: true });
  const outputDir = path.join(work, "out-rebuild");
  const withContent = (spec: RunSpec) => ({ ...spec, args: spec.args.map((a) => (a === contentDir ? content : a)) });
  const cached = withContent(dateline(outputDir));
  cached.args = cached.args.map((a) => (a === "--no-cache" ? "--cache" : a)).concat(path.join(work, "rebuild-cache"));
  const first = await runMeasured(cached);
  if (first.exitCode !== 0) throw new Error(`the first build with the cache failed: ${excerpt(first.stderr)}`);
  return { titled: await titledEvent(content), outputDir, cached, cold: (dir) => withContent(dateline(dir)) };
}

export type PreparedRebuild = Awaited<ReturnType<typeof prepareRebuild>>;

/**
 * One round: edits the title, times the build with the cache, then builds the same content without it and
 * compares the two sites. `failures` says what could not be measured.
 */
export async function timeRebuild(
  rebuild: PreparedRebuild,
  work: string,
  round: number,
): Promise<{ run: ToolRun; identical: boolean; failures: string[] }> {
  await editTitle(rebuild.titled, round);
  await settleDisk();
  const timed = await measureBuild(rebuild.cached, rebuild.outputDir, round);
  const failures = timed.failure ? [`the build with the cache ${timed.failure}`] : [];
  const cold = path.join(work, `out-rebuild-cold-${round}`);
  const coldRun = await runMeasured(rebuild.cold(cold));
  let identical = true;
  if (coldRun.exitCode !== 0) failures.push(`the cold build to compare with exited with ${coldRun.exitCode}`);
  else if (!timed.failure) identical = await sameTree(rebuild.outputDir, cold);
  await fs.rm(cold, { recursive: true, force: true });
  return { run: timed.result, identical, failures };
}

export function rebuildResult(
  runs: ToolRun[],
  identical: boolean,
  tools: readonly ToolResult[],
): NonNullable<BenchResult["rebuild"]> {
  const ok = runs.filter((run) => run.exitCode === 0);
  const wallMs = median(ok.map((run) => run.wallMs));
  const hugo = tools.find((tool) => tool.tool === "hugo");
  return {
    runs,
    wallMs,
    cpuMs: median(ok.map((run) => run.cpuMs)),
    peakBytes: median(ok.map((run) => run.peakBytes)),
    identical,
    ...(hugo && hugo.wallMs > 0 && wallMs > 0 ? { hugoRatio: wallMs / hugo.wallMs } : {}),
  };
}

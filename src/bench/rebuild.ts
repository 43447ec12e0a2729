// The build most users run: after one commit, with the cache of the build before. The bench copies the
// content (it never edits the folder it was given), builds once to fill a cache, then each round changes
// one event's title and times `npm run build` with that cache, then adds one event on the newest day and
// times it again, and checks the site is byte for byte the site a build without the cache writes from the
// same content (a rebuild that went wrong leaves its mistake for the next to carry, so one check after
// both finds either).
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

/** The newest event's file: the greatest `date:` (ISO dates order as text), the last in name order among equals. */
export async function newestEvent(contentDir: string): Promise<string> {
  const dir = path.join(contentDir, "events");
  let newest: { file: string; date: string } | undefined;
  const names = (await fs.readdir(dir, { recursive: true, encoding: "utf8" })).sort();
  for (const name of names) {
    if (!/^[^.]+\.md$/.test(path.basename(name))) continue;
    const file = path.join(dir, name);
    const date = /^date: *"?([^"\n]*)"?$/m.exec(await fs.readFile(file, "utf8"))?.[1];
    if (date !== undefined && (!newest || date >= newest.date)) newest = { file, date };
  }
  if (!newest) throw new Error(`no dated event file in ${dir}`);
  return newest.file;
}

/** Adds an event like `newest` (same day, places and actors), with a title and file of its own for the round. */
export async function addEvent(newest: string, round: number): Promise<void> {
  const text = await fs.readFile(newest, "utf8");
  const added = text.replace(/^title: .*$/m, `title: Added event, round ${round}`);
  if (added === text) throw new Error(`${newest} has no title line to change`);
  await fs.writeFile(path.join(path.dirname(newest), `zz-bench-added-${round}.md`), added);
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
): Promise<{
  titled: string;
  newest: string;
  outputDir: string;
  cached: RunSpec;
  cold: (outputDir: string) => RunSpec;
}> {
  log("copying the content for the rebuilds, and filling their cache …");
  const content = path.join(work, "rebuild-content");
  await fs.cp(contentDir, content, { recursive: true });
  const outputDir = path.join(work, "out-rebuild");
  const withContent = (spec: RunSpec) => ({ ...spec, args: spec.args.map((a) => (a === contentDir ? content : a)) });
  const cached = withContent(dateline(outputDir));
  cached.args = cached.args.map((a) => (a === "--no-cache" ? "--cache" : a)).concat(path.join(work, "rebuild-cache"));
  const first = await runMeasured(cached);
  if (first.exitCode !== 0) throw new Error(`the first build with the cache failed: ${excerpt(first.stderr)}`);
  return {
    titled: await titledEvent(content),
    newest: await newestEvent(content),
    outputDir,
    cached,
    cold: (dir) => withContent(dateline(dir)),
  };
}

export type PreparedRebuild = Awaited<ReturnType<typeof prepareRebuild>>;

/**
 * One round: edits the title and times the build with the cache, adds an event and times it again, then
 * builds the same content without the cache and compares the two sites. `failures` says what could not
 * be measured.
 */
export async function timeRebuild(
  rebuild: PreparedRebuild,
  work: string,
  round: number,
): Promise<{ titleRun: ToolRun; addedRun: ToolRun; identical: boolean; failures: string[] }> {
  const failures: string[] = [];
  const timedBuild = async (what: string) => {
    await settleDisk();
    const timed = await measureBuild(rebuild.cached, rebuild.outputDir, round);
    if (timed.failure) failures.push(`the build with the cache ${what} ${timed.failure}`);
    return timed;
  };
  await editTitle(rebuild.titled, round);
  const titled = await timedBuild("after a title edit");
  await addEvent(rebuild.newest, round);
  const added = await timedBuild("after an added event");
  const cold = path.join(work, `out-rebuild-cold-${round}`);
  const coldRun = await runMeasured(rebuild.cold(cold));
  let identical = true;
  if (coldRun.exitCode !== 0) failures.push(`the cold build to compare with exited with ${coldRun.exitCode}`);
  else if (!titled.failure && !added.failure) identical = await sameTree(rebuild.outputDir, cold);
  await fs.rm(cold, { recursive: true, force: true });
  return { titleRun: titled.result, addedRun: added.result, identical, failures };
}

export function rebuildResult(
  titleRuns: ToolRun[],
  addedRuns: ToolRun[],
  identical: boolean,
  tools: readonly ToolResult[],
): NonNullable<BenchResult["rebuild"]> {
  const hugo = tools.find((tool) => tool.tool === "hugo");
  const summary = (runs: ToolRun[]) => {
    const ok = runs.filter((run) => run.exitCode === 0);
    const wallMs = median(ok.map((run) => run.wallMs));
    return {
      runs,
      wallMs,
      cpuMs: median(ok.map((run) => run.cpuMs)),
      peakBytes: median(ok.map((run) => run.peakBytes)),
      ...(hugo && hugo.wallMs > 0 && wallMs > 0 ? { hugoRatio: wallMs / hugo.wallMs } : {}),
    };
  };
  return { ...summary(titleRuns), added: summary(addedRuns), identical };
}

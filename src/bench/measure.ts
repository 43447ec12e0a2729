// Runs one benchmarked command in a child process and measures its wall time and peak memory.
//
// Peak memory is the larger of two lower bounds of the true peak, so that it is right both for a single
// process (Eleventy, Hugo) and for a process tree (Dateline's build, whose Pagefind indexer is a second,
// native process running beside Node):
//   - the kernel's exact high-water mark of the largest single process in the tree: from GNU
//     `/usr/bin/time -v` ("Maximum resident set size") when it exists, else, for Node commands, from
//     `process.resourceUsage().maxRSS` written at exit by a one-line `--import` preload;
//   - the sum of the resident sizes of every process in the tree, sampled from /proc every 50 ms (Linux),
//     which sees the indexer and Node together but can miss a peak shorter than the interval.
// CPU time (user + system) is reported too, because wall time on a busy machine says little: the larger
// of `time -v`'s figure (the child and every descendant it waited for) and the per-process CPU times
// sampled from /proc/<pid>/stat (which also counts a helper process that outlives or escapes the wait).
import { execFile, spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

export interface Measured {
  exitCode: number;
  wallMs: number;
  /** Best estimate of the peak resident memory of the whole run, in bytes (0 when nothing could measure it). */
  peakBytes: number;
  /** User + system CPU time of the whole process tree, in ms (0 when nothing could measure it). */
  cpuMs: number;
  /** Where each number came from, for the report. */
  memory: { largestProcessBytes?: number; largestProcessFrom?: "time -v" | "maxRSS"; treeSampledBytes?: number };
  stdout: string;
  stderr: string;
}

export interface RunSpec {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The command is `node`: add the maxRSS preload when /usr/bin/time is missing. */
  node?: boolean;
}

const GNU_TIME = "/usr/bin/time";
const SAMPLE_MS = 50;
const RSS_FILE_ENV = "DATELINE_BENCH_MAXRSS_FILE";
const MAXRSS_PRELOAD =
  'data:text/javascript,import{writeFileSync}from"node:fs";' +
  `process.on("exit",()=>{const f=process.env.${RSS_FILE_ENV};if(f)writeFileSync(f,String(process.resourceUsage().maxRSS))})`;

let gnuTime: boolean | undefined;
async function hasGnuTime(): Promise<boolean> {
  if (gnuTime === undefined) {
    gnuTime =
      existsSync(GNU_TIME) &&
      /Maximum resident set size/.test((await collect(GNU_TIME, ["-v", "true"], os.tmpdir())).stderr);
  }
  return gnuTime;
}

export async function runMeasured(spec: RunSpec): Promise<Measured> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "dateline-measure-"));
  const rssFile = path.join(scratch, "maxrss");
  try {
    const withTime = await hasGnuTime();
    let { command, args } = spec;
    if (!withTime && spec.node) args = ["--import", MAXRSS_PRELOAD, ...args];
    if (withTime) [command, args] = [GNU_TIME, ["-v", command, ...args]];

    const started = performance.now();
    const run = collect(command, args, spec.cwd, { ...process.env, ...spec.env, [RSS_FILE_ENV]: rssFile }, (pid) =>
      sampleTree(pid),
    );
    const result = await run;
    const wallMs = performance.now() - started;

    const memory: Measured["memory"] = {};
    const fromTime = withTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) : null;
    if (fromTime)
      Object.assign(memory, { largestProcessBytes: Number(fromTime[1]) * 1024, largestProcessFrom: "time -v" });
    else {
      const kb = Number(await readFile(rssFile, "utf8").catch(() => ""));
      if (kb > 0) Object.assign(memory, { largestProcessBytes: kb * 1024, largestProcessFrom: "maxRSS" });
    }
    if (result.tree.rssPeak > 0) memory.treeSampledBytes = result.tree.rssPeak;
    const user = withTime ? /User time \(seconds\): ([\d.]+)/.exec(result.stderr) : null;
    const system = withTime ? /System time \(seconds\): ([\d.]+)/.exec(result.stderr) : null;
    const timedCpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : 0;
    const stderr = withTime
      ? result.stderr.replace(/\n?(Command exited with non-zero status \d+\n)?\tCommand being timed:[\s\S]*$/, "")
      : result.stderr;
    return {
      exitCode: result.code,
      wallMs,
      cpuMs: Math.round(Math.max(timedCpuMs, result.tree.cpuMs)),
      peakBytes: Math.max(memory.largestProcessBytes ?? 0, memory.treeSampledBytes ?? 0),
      memory,
      stdout: result.stdout,
      stderr,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

interface TreeUsage {
  rssPeak: number;
  cpuMs: number;
}
interface Collected {
  code: number;
  stdout: string;
  stderr: string;
  tree: TreeUsage;
}

function collect(
  command: string,
  args: string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
  sampler?: (pid: number) => () => Promise<TreeUsage>,
): Promise<Collected> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const stop = sampler && child.pid !== undefined ? sampler(child.pid) : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const tree = stop ? stop() : Promise.resolve({ rssPeak: 0, cpuMs: 0 });
      tree.then((usage) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, tree: usage }), reject);
    });
  });
}

/**
 * Samples `root` and all its descendants until the returned stop function is called: the peak of their
 * summed RSS, and the CPU time each process was last seen to have used, summed.
 */
function sampleTree(root: number): () => Promise<TreeUsage> {
  if (process.platform !== "linux") return () => Promise.resolve({ rssPeak: 0, cpuMs: 0 });
  let rssPeak = 0;
  const cpuTicks = new Map<number, number>();
  let busy: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    busy = busy.then(async () => {
      const sample = await sampleOnce(root);
      rssPeak = Math.max(rssPeak, sample.rss);
      for (const [pid, ticks] of sample.cpuTicks) cpuTicks.set(pid, Math.max(ticks, cpuTicks.get(pid) ?? 0));
    });
  }, SAMPLE_MS);
  return async () => {
    clearInterval(timer);
    await busy;
    let ticks = 0;
    for (const value of cpuTicks.values()) ticks += value;
    return { rssPeak, cpuMs: (ticks * 1000) / CLOCK_TICKS };
  };
}

/** USER_HZ: the unit of CPU times in /proc/<pid>/stat, 100 on every mainstream Linux. */
const CLOCK_TICKS = 100;

async function sampleOnce(root: number): Promise<{ rss: number; cpuTicks: Map<number, number> }> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const pids = (await fs.readdir("/proc")).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (name) => {
      try {
        const status = await readFile(`/proc/${name}/status`, "utf8");
        const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
        const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0); // kernel threads have no VmRSS
        rss.set(Number(name), kb * 1024);
        children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      } catch {
        // The process ended between listing and reading: it no longer uses memory.
      }
    }),
  );
  let total = 0;
  const inTree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    inTree.push(pid);
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  const cpuTicks = new Map<number, number>();
  await Promise.all(
    inTree.map(async (pid) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, "utf8");
        // Fields after the command name (which may hold spaces) start after the last ")"; utime, stime are 14, 15.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        cpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // Gone already.
      }
    }),
  );
  return { rss: total, cpuTicks };
}

/**
 * Writes everything still pending to disk, so a timed step does not pay for the one before it: writing
 * the peer projects (33,000 files for UCDP), deleting a build's output or the dev site's first build
 * otherwise keep this machine's disk busy into the next step.
 */
export function settleDisk(): Promise<void> {
  // `sync` is on every Linux and macOS; elsewhere nothing is settled and the run goes on.
  return new Promise((resolve) => execFile("sync", () => resolve()));
}

// `npm run test:unit -- [FILE …] [node --test flags]`: the test files that need no browser, Java, Hugo or
// the large builds (test/*.test.ts, or the files named), run in one process per core instead of one per file,
// each process taking the next file from a shared queue when it has finished the last.
//
// Node 20's runner starts a process for every file; with tsx each start costs about half a second of CPU,
// and a dozen files load Eleventy, Pagefind and the rest again. Measured on the 2-core workplace machine,
// 46 files: a process per file took 67 s (130 s of CPU), two processes each importing half the files 38-42 s
// (71-74 s of CPU). Node 22.8's `--experimental-test-isolation=none` does the same; Node 20 has no such flag.
// Dealing the files out in advance left one process with twice the other's work (69 s against 44 s, 60
// files): a queue lets the process that is free take the next file, whatever the files weigh.
//
// The tests write and remove thousands of small files (sites, caches, content folders): on a disk that
// cost 23 s of system time in a tier of 100 s of CPU. Their temporary folders go to memory (/dev/shm) when
// it has room: 0.90x the wall time (farm-bench, three alternating pairs; 13 s of system time against 22 s).
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, statfs, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeQueue } from "./test-unit-queue.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const QUEUE_MODULE = pathToFileURL(fileURLToPath(new URL("test-unit-queue.ts", import.meta.url))).href;

/** The named test files, else every test/*.test.ts; any other argument goes to `node --test`. */
async function testFiles(args: readonly string[]): Promise<string[]> {
  const named = args.filter((arg) => !arg.startsWith("-"));
  if (named.length > 0) return named.map((file) => path.resolve(file));
  const dir = path.join(REPO, "test");
  return (await readdir(dir))
    .filter((name) => name.endsWith(".test.ts"))
    .sort()
    .map((name) => path.join(dir, name));
}

const MEMORY_DISK = "/dev/shm";
/** Room the tier's temporary folders need, with a wide margin: sampled every 0.7 s, they peaked at 14 MB. */
const SCRATCH_BYTES = 512 * 1024 ** 2;

/** Where the tests' temporary folders go: memory when it has room (a container's is often 64 MB), else the OS's. */
async function scratchRoot(): Promise<string> {
  try {
    const disk = await statfs(MEMORY_DISK);
    if (disk.bavail * disk.bsize >= SCRATCH_BYTES) return MEMORY_DISK;
  } catch {
    // No such folder (not Linux): the OS's temporary folder.
  }
  return tmpdir();
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const files = await testFiles(args);
  const processes = Math.min(availableParallelism(), files.length);
  const dir = await mkdtemp(path.join(await scratchRoot(), "dateline-test-unit-"));
  const scratch = path.join(dir, "tmp");
  await mkdir(scratch);
  try {
    const queue = await writeQueue(path.join(dir, "queue"), files, REPO);
    // One entry file per process (the runner starts one process per file it is given); each runs the queue.
    const entries = await Promise.all(
      Array.from({ length: processes }, async (_, i) => {
        const entry = path.join(dir, `process-${i + 1}-of-${processes}.test.mjs`);
        const code = `import { runQueue } from ${JSON.stringify(QUEUE_MODULE)};\nawait runQueue(${JSON.stringify(queue)});\n`;
        await writeFile(entry, code);
        return entry;
      }),
    );
    const flags = args.filter((arg) => arg.startsWith("-"));
    if (!flags.some((flag) => flag.startsWith("--test-reporter"))) flags.push("--test-reporter=spec");
    const runner = spawn(
      process.execPath,
      // Not --test-force-exit: it would end a process between two files, when all the tests it knows of have
      // run; the queue ends a process left running by a test instead (runQueue).
      ["--import", "tsx", "--test", `--test-concurrency=${processes}`, ...flags, ...entries],
      // Every test's os.tmpdir() is inside this tier's folder, so what a test leaves behind goes with it.
      { cwd: REPO, stdio: "inherit", env: { ...process.env, TMPDIR: scratch } },
    );
    return await new Promise<number>((resolve, reject) => {
      runner.on("error", reject);
      runner.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();

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
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
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

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const files = await testFiles(args);
  const processes = Math.min(availableParallelism(), files.length);
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-test-unit-"));
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
      { cwd: REPO, stdio: "inherit" },
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

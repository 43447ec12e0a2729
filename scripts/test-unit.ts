// `npm run test:unit -- [FILE …] [node --test flags]`: the test files that need no browser, Java, Hugo or
// the large builds (test/*.test.ts, or the files named), run in one process per core instead of one per file.
//
// Node 20's runner starts a process for every file; with tsx each start costs about half a second of CPU,
// and a dozen files load Eleventy, Pagefind and the rest again. Measured on the 2-core workplace machine,
// 46 files: a process per file took 67 s (130 s of CPU), two processes each importing half the files 38-42 s
// (71-74 s of CPU). Node 22.8's `--experimental-test-isolation=none` does the same; Node 20 has no such flag.
// Files share their process in turn: a file's top-level hooks run once before its process's first test and
// once after its last, which every file here allows for.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));

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

/** Files dealt in turn, so the heavy files (spread through the alphabet) end up in every share. */
function deal(files: readonly string[], shares: number): string[][] {
  return Array.from({ length: Math.min(shares, files.length) }, (_, i) => files.filter((_, j) => j % shares === i));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const shares = deal(await testFiles(args), availableParallelism());
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-test-unit-"));
  try {
    const entries = await Promise.all(
      shares.map(async (files, i) => {
        const entry = path.join(dir, `share-${i + 1}-of-${shares.length}.test.mjs`);
        await writeFile(entry, files.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)};\n`).join(""));
        return entry;
      }),
    );
    const flags = args.filter((arg) => arg.startsWith("-"));
    if (!flags.some((flag) => flag.startsWith("--test-reporter"))) flags.push("--test-reporter=spec");
    const runner = spawn(
      process.execPath,
      // A test that times out may leave something running (a Pagefind service that stopped answering):
      // --test-force-exit ends its process once its tests are done, instead of waiting for ever.
      ["--import", "tsx", "--test", "--test-force-exit", `--test-concurrency=${shares.length}`, ...flags, ...entries],
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

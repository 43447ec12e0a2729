// The queue of test files that `npm run test:unit`'s processes share (scripts/test-unit.ts). A process
// claims a file by creating the folder named after its place in the queue (creating a folder either succeeds
// or finds it there, so no two processes get one file), imports it, and claims the next once the file's tests
// have finished: a suite with no tests, started after them, ends only when they have (top-level tests run one
// after another). A file's top-level `before` hooks run before its first test and its `after` hooks once its
// last has finished, as when the file has a process of its own.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { pathToFileURL } from "node:url";

const LINGER_MS = 10_000;

interface Queue {
  /** The test files, absolute, in the order they are taken. */
  files: string[];
  /** The folder the files are named relative to in the report. */
  root: string;
}

/** Writes the queue into `dir` (which must not exist) and returns the path to give `runQueue`. */
export async function writeQueue(dir: string, files: readonly string[], root: string): Promise<string> {
  await mkdir(path.join(dir, "claimed"), { recursive: true });
  const file = path.join(dir, "queue.json");
  await writeFile(file, JSON.stringify({ files: [...files], root } satisfies Queue));
  return file;
}

async function claim(queueFile: string, index: number): Promise<boolean> {
  try {
    await mkdir(path.join(path.dirname(queueFile), "claimed", String(index)));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Runs the files of the queue that no other process has taken, one after another. */
export async function runQueue(queueFile: string): Promise<void> {
  const queue = JSON.parse(await readFile(queueFile, "utf8")) as Queue;
  for (const [index, file] of queue.files.entries()) {
    if (!(await claim(queueFile, index))) continue;
    const name = path.relative(queue.root, file).split(path.sep).join("/");
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      // A file that cannot be loaded fails as a test of its own; the other files still run.
      void test(`${name} loads`, () => {
        throw error;
      });
    }
    await describe(`${name} done`, () => {});
  }
  // A test that timed out may leave something running (a Pagefind service that stopped answering), which
  // would keep the process, and the tier, waiting for ever: what `--test-force-exit` does, once the report
  // has had time to be written.
  setTimeout(() => {
    console.error(`A test left this process running ${LINGER_MS / 1000} s after its last file: ending it.`);
    process.exit();
  }, LINGER_MS).unref();
}

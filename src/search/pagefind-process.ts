// Pagefind's Node API (1.x, lib/service.js) starts a service process and hears of its errors, but not of
// its exit: when the process dies (a panic such as "No space left on device", an out-of-memory kill), every
// call made to it waits for ever, and so did the build. This module sees each service process Pagefind
// starts in this thread, so a call can be raced against that process's exit and fail at once instead.
import childProcess, { type ChildProcess } from "node:child_process";
import path from "node:path";

interface Watched {
  process: ChildProcess;
  /** Rejects when the process exits; a rejection no call is waiting for is ignored. */
  exited: Promise<never>;
}

let current: Watched | undefined;

function watch(child: ChildProcess): void {
  const exited = new Promise<never>((_, reject) => {
    child.once("exit", (code, signal) =>
      reject(new Error(`Pagefind's process stopped (${signal ? `killed by ${signal}` : `exit code ${code}`})`)),
    );
  });
  exited.catch(() => undefined);
  current = { process: child, exited };
}

// Pagefind spawns through the module object (`child_process.spawn(...)`), so wrapping that property here,
// before its first call, lets us see the process it starts. Everything else passes through unchanged.
const spawn = childProcess.spawn.bind(childProcess);
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  const [command, argv] = args as unknown as [string, readonly string[] | undefined];
  if (/^pagefind/.test(path.basename(command)) && Array.isArray(argv) && argv.includes("--service")) watch(child);
  return child;
}) as typeof childProcess.spawn;

/**
 * `call` (a request just made to Pagefind's service), or a rejection as soon as the service process
 * answering it exits, whichever comes first. Pass the promise right after making the call: the call may
 * have started the process.
 */
export function unlessPagefindStops<T>(call: Promise<T>): Promise<T> {
  const watched = current;
  // A process that has already ended (closed after the last build) answers nothing now: the call went to
  // a new one, or Pagefind reports the closed pipe itself.
  if (!watched || watched.process.exitCode !== null || watched.process.signalCode !== null) return call;
  return Promise.race([call, watched.exited]);
}

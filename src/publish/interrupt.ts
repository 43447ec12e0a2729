// Synchronous clean-ups that must run if the process is interrupted (Ctrl-C, SIGTERM) or exits
// mid-build, so an interrupted build leaves no staging folder behind.
const SIGNALS = ["SIGINT", "SIGTERM"] as const;
type Signal = (typeof SIGNALS)[number];

const cleanups = new Set<() => void>();
let installed = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is going away and the other clean-ups still deserve their turn.
    }
  }
  cleanups.clear();
}

function onSignal(signal: Signal): void {
  runCleanups();
  uninstall();
  // With our listener gone and nobody else listening, re-raising gives the default exit (130 for SIGINT).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  // Covers a command that handles the signal itself and calls process.exit() before our listener runs.
  process.on("exit", runCleanups);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", runCleanups);
}

/** Registers a synchronous clean-up; call the returned function once the work is done or cleaned up. */
export function cleanUpOnInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  install();
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) uninstall();
  };
}

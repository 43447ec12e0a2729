// What a failed build says. A crash of our own keeps its stack, which is what a bug report needs; a full
// disk is no bug, and is said in plain words, wherever it struck: Eleventy writing a page (its error wraps
// the file system's as its cause), the exports, or Pagefind's process, which says it on its stderr.
const NO_SPACE = /ENOSPC|No space left on device/i;

interface SystemError {
  code?: unknown;
  path?: unknown;
  cause?: unknown;
  message?: unknown;
}

/** "no space left on device writing <path>" when the disk filled up, anywhere in the error's causes. */
export function diskFull(error: unknown): string | undefined {
  for (let at: unknown = error, depth = 0; at && depth < 10; depth++) {
    const e = at as SystemError;
    if (e.code === "ENOSPC" || (typeof e.message === "string" && NO_SPACE.test(e.message))) {
      const where = typeof e.path === "string" ? ` writing ${e.path}` : "";
      return `the disk is full: no space left on device${where}; free some space and build again`;
    }
    at = e.cause;
  }
  return undefined;
}

/** The failure as the build reports it: plain words for a full disk, else the message and its stack. */
export function describeFailure(what: string, error: unknown): string {
  const full = diskFull(error);
  if (full) return full;
  if (!(error instanceof Error)) return `${what}: ${String(error)}`;
  return `${what}: ${error.stack ?? error.message}`;
}

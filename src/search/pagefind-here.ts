// Pagefind's service used from this thread. Pagefind's Node API keeps one service process per module
// instance and `close()` stops it for every caller, so builds sharing a process (the dev server's
// refreshes, a test's builds) hold it in turn: it is stopped when the last one lets go.
import type { PagefindApi } from "./pagefind-part.ts";

let holders = 0;

/** Pagefind's API, kept running until the returned `release` is called by every holder. */
export async function holdPagefind(): Promise<{ api: PagefindApi; release: () => Promise<void> }> {
  const pagefind = await import("pagefind");
  holders++;
  let released = false;
  return {
    api: pagefind,
    release: async () => {
      if (released) return;
      released = true;
      if (--holders === 0) await pagefind.close();
    },
  };
}

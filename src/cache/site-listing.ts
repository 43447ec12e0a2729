// Whether a site folder is still what the cache made, told by its listing (every file's size and time)
// against the manifest written when the cache made it. Listing a UCDP site (20,000 folders, 22,000 files)
// takes 0.5-0.8 s of system calls, so it is done on a thread of its own from the moment the cache is
// opened, while the content loads on this one, and is waited for only when the build places that site.
import { Worker } from "node:worker_threads";
import type { SiteManifest } from "./site-folders.ts";

/** [relative path, size (-1: not a plain file), mtime ms, relative path, …]; undefined: gone or unreadable. */
export type SiteListing = (string | number)[] | undefined;

/** Starts listing `dir` on a thread of its own. The thread never keeps the process alive. */
export function listSite(dir: string): Promise<SiteListing> {
  return new Promise((resolve) => {
    // Without the parent's flags (tsx's --import): the thread is plain JavaScript.
    const worker = new Worker(new URL("./site-listing-worker.mjs", import.meta.url), { workerData: dir, execArgv: [] });
    worker.unref();
    worker.once("message", (files: SiteListing) => resolve(files));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined)); // after the message, this changes nothing
  });
}

/** Whether the listing holds exactly the manifest's files, each a plain file of the size and time written down. */
export function listingMatches(listing: SiteListing, manifest: SiteManifest): boolean {
  if (!listing || listing.length !== manifest.length * 3) return false;
  const expected = new Map(manifest.map(([relative, size, mtime]) => [relative, { size, mtime }]));
  for (let i = 0; i < listing.length; i += 3) {
    const want = expected.get(listing[i] as string);
    if (!want || listing[i + 1] !== want.size || listing[i + 2] !== want.mtime) return false;
  }
  return true;
}

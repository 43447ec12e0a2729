// What a build cache was made by: this Dateline (its code, templates and the packages it was installed
// with), on this Node and its Intl data (dates and plurals come from it), with the build's options. A
// cache made by anything else is foreign: its pages, parsed files and search parts are not used.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Everything of Dateline's own that decides what a build writes. */
const CODE = ["src", "_includes", "package.json", "package-lock.json"];

export interface CacheKeyOptions {
  drafts: boolean;
  eventsPerSearchPart?: number;
  searchStepEvents?: number;
  baseUrl?: string;
}

/** A digest of Dateline's code and the build's options; read anew on every build, in a few milliseconds. */
export function cacheKey(options: CacheKeyOptions): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ node: process.versions.node, icu: process.versions.icu, options }));
  for (const file of codeFiles()) hash.update(`\0${file}\0`).update(readFileSync(path.join(ROOT, file)));
  return hash.digest("hex");
}

/** Dateline's code files, relative to its root with forward slashes, sorted. */
function codeFiles(): string[] {
  const files: string[] = [];
  for (const entry of CODE) {
    const absolute = path.join(ROOT, entry);
    if (!existsSync(absolute)) continue; // an installed Dateline has no lock file
    if (!statSync(absolute).isDirectory()) {
      files.push(entry);
      continue;
    }
    for (const name of readdirSync(absolute, { recursive: true, encoding: "utf8" })) {
      if (statSync(path.join(absolute, name)).isFile()) files.push(`${entry}/${name.split(path.sep).join("/")}`);
    }
  }
  return files.sort();
}

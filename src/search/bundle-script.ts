// The search page's script: the TypeScript of src/search/browser/, bundled into one file and minified by
// esbuild when the site is built. The shared constants it imports (src/search/parts.ts, filters.ts,
// record-meta.ts) are inlined, so the page and the index cannot disagree on a filter, sort or meta key.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ENTRY = fileURLToPath(new URL("./browser/main.ts", import.meta.url));

/**
 * ES2020, the language of Pagefind's own pagefind.js (optional chaining, `??`, dynamic import), which the
 * script loads: a browser that cannot run that cannot search anyway.
 */
const TARGET = "es2020";

let bundled: Promise<string> | undefined;

/** The minified script, bundled once per process: the dev server renders the page again after each edit. */
export function searchScript(): Promise<string> {
  bundled ??= bundle().catch((error: unknown) => {
    // Not kept: a later render tries again.
    bundled = undefined;
    throw error;
  });
  return bundled;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    // The page loads it with <script type="module">, and it imports Pagefind's module at run time.
    format: "esm",
    platform: "browser",
    target: TARGET,
    // Module scripts are always read as UTF-8, so “quotes” and … need no escapes.
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  if (result.warnings.length > 0) {
    throw new Error(`bundling the search script: ${result.warnings.map((w) => w.text).join("; ")}`);
  }
  const [file] = result.outputFiles;
  if (!file) throw new Error("bundling the search script wrote nothing");
  return file.text;
}

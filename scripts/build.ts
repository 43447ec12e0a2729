// `npm run build -- [--content DIR] [--output DIR] [--cache DIR | --no-cache] [--strict] [--allow-removals]
//                   [--base-url URL] [--drafts] [--quiet]`
import { performance } from "node:perf_hooks";
import { build } from "../src/build.ts";
import { defaultCacheDir } from "../src/cache/build-cache.ts";
import { countText, printDiagnostics } from "../src/diagnostics.ts";
import { buildProgress } from "./build-progress.ts";
import { parseFlags, runIfScript, UsageError, type Command, type CommandIO } from "./cli-args.ts";

const USAGE = `Usage: npm run build -- [options]

  --content DIR     content folder (default: content)
  --output DIR      output folder, replaced only when the whole build succeeds (default: _site)
  --cache DIR       build cache: what the last build made, reused where the content is unchanged
                    (default: .dateline/cache in the folder holding the content folder)
  --no-cache        build everything, and neither read nor write the cache
  --strict          treat warnings that can hide data problems as errors
  --allow-removals  let pages the last build published disappear (otherwise the build stops, naming them)
  --base-url URL    absolute site URL for feeds and canonical links (overrides the site config)
  --drafts          include draft events (never deploy such a build)
  --quiet           print no progress, only the result and any problem
  -h, --help        show this help

Exit codes: 0 built; 1 content errors, nothing written; 2 any other failure.`;

async function main(args: string[], io: CommandIO): Promise<number> {
  const flags = parseFlags(
    {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      "allow-removals": { type: "boolean", default: false },
      "base-url": { type: "string" },
      drafts: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    args,
  );
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }

  if (flags["no-cache"] && flags.cache !== undefined)
    throw new UsageError("--cache and --no-cache cannot be used together");

  const started = performance.now();
  const progress = flags.quiet ? undefined : buildProgress(io.stderr);
  const result = await build({
    contentDir: flags.content,
    outputDir: flags.output,
    ...(flags["no-cache"] ? {} : { cacheDir: flags.cache ?? defaultCacheDir(flags.content) }),
    strict: flags.strict,
    allowRemovals: flags["allow-removals"],
    drafts: flags.drafts,
    ...(flags["base-url"] === undefined ? {} : { baseUrl: flags["base-url"] }),
    ...(progress
      ? {
          onPhaseStart: (name) => progress.start(name),
          onPhase: (phase) => progress.end(phase),
          onNote: (line) => progress.note(line),
        }
      : {}),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (result.diagnostics.length > 0) io.stderr.write(`${printDiagnostics(result.diagnostics)}\n`);
  if (result.exitCode === 1) {
    io.stderr.write(`Build stopped by content errors; nothing was written to ${result.outputDir}.\n`);
  } else if (result.exitCode === 2) {
    io.stderr.write(`error: ${result.failure ?? "the build failed"}\n${result.outputDir} is unchanged.\n`);
  } else {
    if (progress) io.stderr.write(`steps: ${progress.summary()}\n`);
    const drafts = flags.drafts ? " (drafts included)" : "";
    const events = countText(result.events, { one: "event", other: "events" });
    const pages = countText(result.pages, { one: "page", other: "pages" });
    io.stdout.write(`Built ${events}, ${pages} into ${result.outputDir} in ${seconds} s${drafts}\n`);
  }
  return result.exitCode;
}

export const buildCommand: Command = { main, usage: USAGE, usageExitCode: 2 };

await runIfScript(import.meta.url, buildCommand);

// `npm start -- [--content DIR] [--port N]`: builds with drafts into .dateline/dev-site (never _site, so
// a draft cannot be deployed by accident), serves it with live reload, and after every content edit
// renders again only the pages the edit touched (src/dev/dev-site.ts).
import { watch } from "chokidar";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { adminMiddleware } from "../src/dev/admin-server.ts";
import { DevSite } from "../src/dev/dev-site.ts";
import { ContentProblems } from "../src/dev/problems-banner.ts";
import { countText, printDiagnostics } from "../src/diagnostics.ts";
import { outputDirProblem } from "../src/publish/guard.ts";
import { cleanUpOnInterrupt } from "../src/publish/interrupt.ts";
import { lockOutput } from "../src/publish/output-lock.ts";
import { parseFlags, runIfScript, UsageError, type Command } from "./cli-args.ts";

const DEV_SITE = ".dateline/dev-site";
/** Editors save in bursts (temporary file, rename, formatter); one rebuild per burst. */
const DEBOUNCE_MS = 150;

const USAGE = `Usage: npm start -- [options]

  --content DIR   content folder (default: content)
  --port N        port to serve on (default: 8080; the next free one if taken)
  -h, --help      show this help

Builds into ${DEV_SITE} with drafts shown; after each content edit, renders the pages it touched
and rebuilds the search index in the background.`;

// The dev server owns its process (it waits for Ctrl-C and exits), so it writes to the process's streams.
async function main(args: string[]): Promise<number> {
  const flags = parseFlags(
    {
      content: { type: "string", default: "content" },
      port: { type: "string", default: "8080" },
      help: { type: "boolean", short: "h", default: false },
    },
    args,
  );
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be a number from 1 to 65535`);

  const refused = await outputDirProblem(DEV_SITE, { contentDir: flags.content });
  if (refused) throw new UsageError(refused);
  // Two dev servers rendering into one folder would each serve pages half written by the other.
  const lock = await lockOutput(DEV_SITE, "npm start");
  if (!lock.ok) {
    process.stderr.write(`error: ${lock.message}\n`);
    return 2;
  }
  cleanUpOnInterrupt(lock.release);
  const site = new DevSite(flags.content, DEV_SITE, {
    onSearch: ({ ok, ms, message }) =>
      ok
        ? process.stdout.write(`Search index updated in ${seconds(ms)}\n`)
        : process.stderr.write(`error: the search index failed: ${message}\n`),
  });
  // What the last update stopped on: shown above every page until the content loads clean again.
  const problems = new ContentProblems();
  const rebuild = async (): Promise<boolean> => {
    let update;
    try {
      update = await site.update();
    } catch (error) {
      process.stderr.write(
        `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nBuild failed; still serving the last good site.\n`,
      );
      return false;
    }
    if (update.diagnostics.length > 0) process.stderr.write(`${printDiagnostics(update.diagnostics)}\n`);
    if (!update.ok) {
      problems.set(update.diagnostics);
      process.stderr.write("Content errors; still serving the last good site (the browser shows them too).\n");
      return false;
    }
    // After errors, say so even when the fix restored the last good text and no page changed.
    const fixed = problems.count > 0 ? "Content errors fixed. " : "";
    problems.clear();
    const what = update.full
      ? `Built ${countText(update.events, { one: "event", other: "events" })}`
      : update.pages === 0
        ? "No page changed"
        : `Rendered ${countText(update.pages, { one: "page", other: "pages" })}`;
    process.stdout.write(`${fixed}${what} in ${seconds(update.ms)}\n`);
    return true;
  };

  await rebuild();
  const server = EleventyDevServer.getServer("dateline", DEV_SITE, {
    port,
    messageOnStart: () => false,
    // The web editor at /admin/ (src/dev/admin-server.ts).
    middleware: [adminMiddleware(flags.content), problems.middleware(DEV_SITE)],
  });
  server.serve(port);
  await server.ready();
  const url = server.getServerUrl("localhost");
  process.stdout.write(
    `Serving ${url} (drafts shown; press Ctrl-C to stop)\nEditor: ${url}admin/ (Work with Local Repository saves into ${flags.content})\n`,
  );

  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    // One build at a time; edits during a build trigger exactly one more afterwards.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      // Either way the open pages reload: with the problems' banner, or without it once they are fixed.
      await rebuild();
      server.reload();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  // chokidar, not fs.watch: Node 20's recursive fs.watch on Linux watches each file, and loses a file that an
  // editor saved by replacing it (write a copy, rename it over), so its next save went unnoticed.
  const watcher = watch(flags.content, { ignoreInitial: true }).on("all", schedule);

  await new Promise<void>((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      void watcher.close();
      // Eleventy and open browser sockets can keep the process alive; give the server a moment, then go.
      setTimeout(resolve, 2000).unref();
      void server.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  process.exit(0);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;
}

const serveCommand: Command = { main, usage: USAGE, usageExitCode: 1 };

await runIfScript(import.meta.url, serveCommand);

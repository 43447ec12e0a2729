// `npm run bench -- [--events N] [--content DIR] [--peers] [--rebuild] [--edit-loop] [--editions] [--runs K] [--seed S] [--query Q] [--json] [--keep]`
import { runBench } from "../src/bench/run.ts";
import { formatReport } from "../src/bench/report.ts";
import { parseFlags, runIfScript, UsageError, type Command, type CommandIO } from "./cli-args.ts";

const USAGE = `Usage: npm run bench -- [options]

  --events N      generate an archive of N events (default: 2000)
  --content DIR   benchmark this content folder instead of a generated archive
  --seed S        seed of the generated archive (default: 20241219)
  --peers         also build the same events with bare Eleventy, and with Hugo when it is on the PATH
  --rebuild       also time npm run build with the cache of the build before, after one title edit and
                  after one event added on the newest day (on a copy of the content), and check the site
                  is byte for byte a cold build's
  --edit-loop     also time the dev server: saving one event until its pages show the change
  --editions      also build the generated archive with Arabic, Sorani and Turkish editions (translations
                  generated), and compare its time per page with the English-only build
  --runs K        rounds, each building with Dateline then each peer (default: 1); medians are shown
  --query Q       search query whose download size is measured (default: the place with the most events)
  --json          print the result as JSON instead of tables
  --keep          keep the temporary folder (archive, peer projects) and print its path
  -h, --help      show this help

Each build runs in a child process; wall time and peak memory (RSS) are measured from outside it.
Progress goes to stderr. Exit codes: 0 done; 1 a build or a measurement failed, or the content has
errors; 2 bad usage.`;

async function main(args: string[], io: CommandIO): Promise<number> {
  const flags = parseFlags(
    {
      events: { type: "string" },
      content: { type: "string" },
      seed: { type: "string" },
      peers: { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
      "edit-loop": { type: "boolean", default: false },
      editions: { type: "boolean", default: false },
      runs: { type: "string", default: "1" },
      query: { type: "string" },
      json: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    args,
  );
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.events !== undefined && flags.content !== undefined)
    throw new UsageError("give either --events or --content, not both");
  if (flags.editions && flags.content !== undefined)
    throw new UsageError("--editions translates a generated archive: give --events, not --content");
  const events = wholeNumber("--events", flags.events ?? "2000");
  const runs = wholeNumber("--runs", flags.runs);
  const seed = flags.seed === undefined ? undefined : wholeNumber("--seed", flags.seed, 0);

  let result;
  try {
    result = await runBench({
      events,
      runs,
      peers: flags.peers,
      editLoop: flags["edit-loop"],
      rebuild: flags.rebuild,
      editions: flags.editions,
      keep: flags.keep,
      ...(flags.content === undefined ? {} : { contentDir: flags.content }),
      ...(seed === undefined ? {} : { seed }),
      ...(flags.query === undefined ? {} : { query: flags.query }),
      log: (line) => io.stderr.write(`${line}\n`),
    });
  } catch (error) {
    // Content with errors, an unwritable temporary folder …: a message, not a stack trace.
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
  return result.failures.length > 0 ? 1 : 0;
}

function wholeNumber(flag: string, text: string, min = 1): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min)
    throw new UsageError(`${flag} must be a whole number of at least ${min}, not ${JSON.stringify(text)}`);
  return value;
}

export const benchCommand: Command = { main, usage: USAGE, usageExitCode: 2 };

await runIfScript(import.meta.url, benchCommand);

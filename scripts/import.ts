// `npm run import -- FILE [--content DIR] [--format auto|dateline|acled|ucdp|timelinejs]
//                  [--map field=column …] [--dry-run]`
import { parseArgs } from "node:util";
import {
  FORMAT_OPTIONS,
  ImportError,
  importFile,
  summarizeImport,
  type FormatOption,
  type ImportProgress,
} from "../src/import/import.ts";
import { MAP_FIELDS } from "../src/import/formats/mapped.ts";
import { runIfScript, UsageError, type Command, type CommandIO, type TextOutput } from "./cli-args.ts";

const USAGE = `Usage: npm run import -- FILE [options]

  FILE                  a CSV file, or a JSON file (TimelineJS, or our own /data/events.json)
  --content DIR         content folder to add to (default: content)
  --format NAME         auto (default), dateline, acled, ucdp or timelinejs; auto tells them apart by
                        their columns: our /data/events.csv, ACLED, UCDP GED, the TimelineJS sheet
  --map FIELD=COLUMN    for any other sheet: which column fills which field; repeat it, and give a
                        field several columns with commas (--map tags=category,topic). A column named
                        like a field is used for it unless mapped. Fields: ${MAP_FIELDS.join(", ")},
                        count:<label>
  --dry-run             report what would be written, write nothing
  -h, --help            show this help

Writes content/events/<year>/<id>.md and the place, actor and figure files the events need. Never
overwrites: an event already present (same id) is skipped, an entity already present is linked to.
Exit codes: 0 done (warnings allowed); 1 bad input.`;

/** Every N rows or files when stderr is not a terminal; a live line when it is. */
const PROGRESS_EVERY = 5000;

function progressReporter(stderr: TextOutput): (progress: ImportProgress) => void {
  const tty = stderr.isTTY;
  let lastLogged = 0;
  return ({ phase, done, total }) => {
    if (phase === "read") {
      if (total >= PROGRESS_EVERY || tty) stderr.write(`read ${total.toLocaleString("en-US")} rows\n`);
      return;
    }
    if (tty) {
      stderr.write(`\rwriting files: ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
      if (done === total) stderr.write("\n");
    } else if (total >= PROGRESS_EVERY && (done - lastLogged >= PROGRESS_EVERY || done === total)) {
      lastLogged = done;
      stderr.write(`written ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} files\n`);
    }
  };
}

async function main(args: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        content: { type: "string", default: "content" },
        format: { type: "string", default: "auto" },
        map: { type: "string", multiple: true },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? `one file at a time, not ${positionals.length}` : "which file? give its path",
    );
  const format = flags.format as FormatOption;
  if (!FORMAT_OPTIONS.includes(format))
    throw new UsageError(`--format must be one of ${FORMAT_OPTIONS.join(", ")}, not ${JSON.stringify(flags.format)}`);

  try {
    const report = await importFile(positionals[0]!, flags.content, {
      format,
      map: flags.map ?? [],
      dryRun: flags["dry-run"],
      onProgress: progressReporter(io.stderr),
    });
    for (const warning of report.warnings) io.stderr.write(`warning: ${warning}\n`);
    io.stdout.write(`${summarizeImport(report, flags.content)}\n`);
    if (report.files.length && !report.dryRun) io.stdout.write("Run `npm run check` to review the new files.\n");
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

export const importCommand: Command = { main, usage: USAGE, usageExitCode: 1 };

await runIfScript(import.meta.url, importCommand);

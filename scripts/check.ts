// `npm run check -- [--content DIR] [--strict] [--sources] [--git-dates] [--format text|json|github]`
// Diagnostics go to stdout (they are this command's output); JSON alone, so it can be piped.
import { lastFactChanges, uncorrectedChanges } from "../src/content/git-history.ts";
import { loadContent } from "../src/content/load.ts";
import { applyStrict } from "../src/content/strict.ts";
import { hasErrors, printDiagnostics } from "../src/diagnostics.ts";
import { parseFlags, runIfScript, UsageError, type Command, type CommandIO } from "./cli-args.ts";

const USAGE = `Usage: npm run check -- [options]

  --content DIR         content folder (default: content)
  --strict              treat warnings that can hide data problems as errors
  --sources             also list every web source without an archived copy (archive:)
  --git-dates           read each event's history in git, and warn when a published event's
                        date, places, actors, figures or counts changed with no correction since
  --format text|json|github
                        one line per problem (default), a JSON array, or GitHub Actions
                        annotations, which put each problem on its line in a pull request
  -h, --help            show this help

Exit codes: 0 no errors (warnings allowed); 1 errors or bad usage.`;

async function main(args: string[], io: CommandIO): Promise<number> {
  const flags = parseFlags(
    {
      content: { type: "string", default: "content" },
      strict: { type: "boolean", default: false },
      "git-dates": { type: "boolean", default: false },
      sources: { type: "boolean", default: false },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false },
    },
    args,
  );
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = flags.format;
  if (format !== "text" && format !== "json" && format !== "github")
    throw new UsageError(`--format must be text, json or github, not ${JSON.stringify(format)}`);

  const loaded = await loadContent(flags.content, { unarchivedSources: flags.sources });
  if (flags["git-dates"]) {
    let changes;
    try {
      changes = await lastFactChanges(
        flags.content,
        loaded.model.events.map((event) => event.file),
      );
    } catch (error) {
      io.stderr.write(`error: --git-dates reads the content's git history: ${(error as Error).message}\n`);
      return 1;
    }
    loaded.diagnostics.push(...uncorrectedChanges(loaded.model.events, changes));
  }
  const diagnostics = flags.strict ? applyStrict(loaded.diagnostics) : loaded.diagnostics;
  io.stdout.write(`${printDiagnostics(diagnostics, format)}\n`);
  return hasErrors(diagnostics) ? 1 : 0;
}

// The contract gives check only 0 and 1, so bad usage is 1 too.
export const check: Command = { main, usage: USAGE, usageExitCode: 1 };

await runIfScript(import.meta.url, check);

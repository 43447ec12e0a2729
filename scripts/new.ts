// `npm run new -- --title "…" --date 2024-12-19 [--location …] [--actors a,b] [--figures …] [--tags …]
//                 [--content DIR] [--id slug]`, or `npm run new` alone in a terminal, which asks.
import path from "node:path";
import { entityNames } from "../src/content/entity-names.ts";
import { writeNewEvent, type NewEventInput } from "../src/content/new-event.ts";
import { listFlag, parseFlags, runIfScript, UsageError, type Command, type CommandIO } from "./cli-args.ts";
import { askNewEvent } from "./new-prompts.ts";

const USAGE = `Usage: npm run new -- --title "Title" --date YYYY-MM-DD [options]
       npm run new                (in a terminal: asks for each value, Tab completes names)

  --title TEXT        headline (required)
  --date DATE         YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or with +HH:MM (required)
  --location A,B      place(s); comma-separated, or repeat the flag
  --actors A,B        groups, forces, governments, organisations
  --figures A,B       named people
  --tags A,B          topic labels
  --id SLUG           permanent id and file name (default: from the title)
  --content DIR       content folder (default: content)
  -h, --help          show this help

Writes content/events/<year>/<id>.md and never overwrites an existing file.`;

async function main(args: string[], io: CommandIO): Promise<number> {
  const list = { type: "string", multiple: true } as const;
  const flags = parseFlags(
    {
      title: { type: "string" },
      date: { type: "string" },
      location: list,
      actors: list,
      figures: list,
      tags: list,
      id: { type: "string" },
      content: { type: "string", default: "content" },
      help: { type: "boolean", short: "h", default: false },
    },
    args,
  );
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const valueFlags = [flags.title, flags.date, flags.location, flags.actors, flags.figures, flags.tags, flags.id];
  let input: NewEventInput;
  if (valueFlags.every((value) => value === undefined) && io.terminal) {
    const asked = await askNewEvent({ ...io.terminal, terminal: true }, await entityNames(flags.content));
    if (!asked) {
      io.stderr.write("Nothing written.\n");
      return 1;
    }
    input = asked;
  } else {
    if (flags.title === undefined || flags.date === undefined)
      throw new UsageError("--title and --date are required (or run npm run new alone in a terminal, which asks)");
    input = {
      title: flags.title,
      date: flags.date,
      location: listFlag(flags.location),
      actors: listFlag(flags.actors),
      figures: listFlag(flags.figures),
      tags: listFlag(flags.tags),
      ...(flags.id === undefined ? {} : { id: flags.id }),
    };
  }

  const result = await writeNewEvent(flags.content, input);
  if (!result.ok) {
    io.stderr.write(`error: ${result.message}${result.rule ? ` [${result.rule}]` : ""}\n`);
    return 1;
  }
  const shown = path.relative(process.cwd(), result.file).split(path.sep).join("/");
  io.stdout.write(`Wrote ${shown}\n`);
  io.stdout.write("Add at least one source under `sources:`; `npm run check` warns until you do.\n");
  return 0;
}

export const newCommand: Command = { main, usage: USAGE, usageExitCode: 1 };

await runIfScript(import.meta.url, newCommand);

// `npm run new -- --title "…" --date 2024-12-19 [--location …] [--actors a,b] [--figures …] [--tags …]
//                 [--content DIR] [--id slug]`
import path from "node:path";
import { writeNewEvent } from "../src/content/new-event.ts";
import { listFlag, parseFlags, runCommand, UsageError } from "./cli-args.ts";

const USAGE = `Usage: npm run new -- --title "Title" --date YYYY-MM-DD [options]

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

async function main(): Promise<number> {
  const list = { type: "string", multiple: true } as const;
  const flags = parseFlags({
    title: { type: "string" },
    date: { type: "string" },
    location: list,
    actors: list,
    figures: list,
    tags: list,
    id: { type: "string" },
    content: { type: "string", default: "content" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.title === undefined || flags.date === undefined) throw new UsageError("--title and --date are required");

  const result = await writeNewEvent(flags.content, {
    title: flags.title,
    date: flags.date,
    location: listFlag(flags.location),
    actors: listFlag(flags.actors),
    figures: listFlag(flags.figures),
    tags: listFlag(flags.tags),
    ...(flags.id === undefined ? {} : { id: flags.id }),
  });
  if (!result.ok) {
    process.stderr.write(`error: ${result.message}${result.rule ? ` [${result.rule}]` : ""}\n`);
    return 1;
  }
  const shown = path.relative(process.cwd(), result.file).split(path.sep).join("/");
  process.stdout.write(`Wrote ${shown}\n`);
  process.stdout.write("Add at least one source under `sources:`; `npm run check` warns until you do.\n");
  return 0;
}

await runCommand(main, USAGE, 1);

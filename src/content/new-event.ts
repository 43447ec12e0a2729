// Writes a new event file from a few values: the file `npm run new` creates. Its front matter is written
// by src/content/write-front-matter.ts, as imports write theirs, and it never overwrites an existing file.
import { promises as fs } from "node:fs";
import path from "node:path";
import { ENTITY_KIND, ENTITY_KINDS } from "../model/entity-kinds.ts";
import { isSlug, slugify } from "../model/slug.ts";
import { parseDate, type CalendarDate } from "../model/calendar.ts";
import { frontMatterBlock } from "./write-front-matter.ts";

export interface NewEventInput {
  title: string;
  /** As the editor would write it: `2024`, `2024-12`, `2024-12-19`, `2024-12-19T14:30` … */
  date: string;
  location?: string[];
  actors?: string[];
  figures?: string[];
  tags?: string[];
  /** Permanent id; also the file name. Default: the slug of the title (or of the date). */
  id?: string;
}

export type NewEventResult =
  | { ok: true; file: string }
  /** `rule` is set when the problem is one the checker reports too (a bad date). */
  | { ok: false; message: string; rule?: string };

/** Placeholder body: the editor replaces it; the first paragraph becomes the summary. */
export const BODY_PLACEHOLDER = "Describe what happened in a few sentences; this first paragraph becomes the summary.";

export async function writeNewEvent(contentDir: string, input: NewEventInput): Promise<NewEventResult> {
  const title = input.title.replace(/\s+/g, " ").trim();
  if (title === "") return { ok: false, message: "--title must not be empty" };
  const date = parseDate(input.date);
  // Same wording as the checker's diagnostic for the `date` field.
  if (!date.ok) return { ok: false, message: `date: ${date.message}`, rule: date.rule };
  if (input.id !== undefined && !isSlug(input.id)) {
    return { ok: false, message: `--id ${JSON.stringify(input.id)} is not a slug: use a-z, 0-9 and single hyphens` };
  }

  const id = input.id ?? (slugify(title) || slugify(date.value.text));
  const eventsDir = path.join(contentDir, "events");
  const clash = await existingEventFile(eventsDir, `${id}.md`);
  if (clash) {
    return { ok: false, message: `an event with id "${id}" already exists: ${clash}; pass --id to choose another id` };
  }

  const file = path.join(eventsDir, String(date.value.year).padStart(4, "0"), `${id}.md`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    // "wx" fails if the file exists, with no window between a check and the write.
    await fs.writeFile(file, eventFileText({ ...input, title }, date.value), { encoding: "utf8", flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { ok: false, message: `${file} already exists; not overwritten` };
    throw error;
  }
  return { ok: true, file };
}

/** The file's text: front matter with the given fields only (no invented sources), then the body. */
export function eventFileText(input: NewEventInput, date: CalendarDate): string {
  const data: Record<string, unknown> = { title: input.title, date: date.text };
  for (const key of [...ENTITY_KINDS.map((kind) => ENTITY_KIND[kind].eventField), "tags" as const]) {
    const values = unique(input[key] ?? []);
    if (values.length > 0) data[key] = values;
  }
  if (input.id !== undefined) data.id = input.id;
  return `${frontMatterBlock(data)}${BODY_PLACEHOLDER}\n`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** An existing event file with the same file name anywhere under events/ (ids are unique across years). */
async function existingEventFile(eventsDir: string, name: string): Promise<string | undefined> {
  let files: string[];
  try {
    files = await fs.readdir(eventsDir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const match = files.find((file) => path.basename(file) === name);
  return match === undefined ? undefined : path.join(eventsDir, match);
}

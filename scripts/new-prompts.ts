// `npm run new` in a terminal without flags: asks for the title, the date, the places, actors and figures
// (Tab completes names and aliases from the entity files), and the tags. Each answer is checked as it
// is given, as `check` would: a date it cannot read is asked again, with the reason; a name no entity
// file has is offered the closest one. An alias answers for its entity, whose name is what gets written.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { NamedEntity } from "../src/content/entity-names.ts";
import type { NewEventInput } from "../src/content/new-event.ts";
import { parseDate } from "../src/model/calendar.ts";
import type { EntityKind } from "../src/model/types.ts";
import { closest } from "../src/similar.ts";

export interface PromptIo {
  input: Readable;
  output: Writable;
  /** A terminal: Tab completes names. Tests drive the questions through plain streams. */
  terminal: boolean;
}

const QUESTIONS: Record<EntityKind, string> = {
  place: "Where (places, separated by commas; Tab completes): ",
  actor: "Who (groups, forces, governments; separated by commas): ",
  figure: "Named people (separated by commas): ",
};

/** The new event's values, asked one by one; undefined when the editor ends the input (Ctrl-D). */
export async function askNewEvent(
  io: PromptIo,
  names: Record<EntityKind, NamedEntity[]>,
): Promise<NewEventInput | undefined> {
  let completions: string[] = [];
  const rl = createInterface({
    input: io.input,
    output: io.output,
    terminal: io.terminal,
    // Completes the item after the last comma.
    completer: (line: string): [string[], string] => {
      const item = line.slice(line.lastIndexOf(",") + 1).trimStart();
      const lower = item.toLocaleLowerCase();
      const hits = completions.filter((name) => name.toLocaleLowerCase().startsWith(lower));
      return [hits, item];
    },
  });
  const say = (text: string) => io.output.write(`${text}\n`);
  // Lines are queued as they come, so answers typed (or piped) ahead of their question are kept.
  const lines: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = false;
  rl.on("line", (line: string) => {
    const answer = waiting;
    waiting = undefined;
    if (answer) answer(line);
    else lines.push(line);
  });
  rl.on("close", () => {
    closed = true;
    waiting?.(undefined);
    waiting = undefined;
  });
  /** The next answer, trimmed; undefined once the input has ended (Ctrl-D). */
  const ask = (question: string) =>
    new Promise<string | undefined>((resolve) => {
      rl.setPrompt(question);
      rl.prompt();
      const queued = lines.shift();
      if (queued !== undefined) resolve(queued.trim());
      else if (closed) resolve(undefined);
      else waiting = (line) => resolve(line?.trim());
    });

  try {
    let title = "";
    while (title === "") {
      const answer = await ask("Title: ");
      if (answer === undefined) return undefined;
      title = answer;
      if (title === "") say("A title is needed: a short headline of what happened.");
    }
    let date: string | undefined;
    while (date === undefined) {
      const answer = await ask("Date (2024, 2024-12, 2024-12-19 or 2024-12-19T14:30+03:00): ");
      if (answer === undefined) return undefined;
      const read = parseDate(answer);
      if (read.ok) date = answer;
      else say(`date: ${read.message}`);
    }
    const picked: Partial<Record<EntityKind, string[]>> = {};
    for (const kind of ["place", "actor", "figure"] as const) {
      const known = names[kind];
      completions = known.flatMap((entity) => [entity.name, ...entity.aliases]);
      const list = await askNames(ask, say, QUESTIONS[kind], known);
      if (list === undefined) return undefined;
      picked[kind] = list;
    }
    completions = [];
    const tags = await ask("Tags (separated by commas, or Enter for none): ");
    if (tags === undefined) return undefined;
    return {
      title,
      date,
      location: picked.place ?? [],
      actors: picked.actor ?? [],
      figures: picked.figure ?? [],
      tags: splitList(tags),
    };
  } finally {
    rl.close();
  }
}

/**
 * A comma-separated list of names, each resolved to its entity's name. A name no file has is offered the
 * closest known one; declined, it stays as written (it becomes an entity of its own, as `check` warns).
 */
async function askNames(
  ask: (question: string) => Promise<string | undefined>,
  say: (text: string) => void,
  question: string,
  known: readonly NamedEntity[],
): Promise<string[] | undefined> {
  const byName = new Map<string, string>();
  for (const entity of known)
    for (const spelling of [entity.name, ...entity.aliases]) byName.set(spelling.toLocaleLowerCase(), entity.name);
  const answer = await ask(question);
  if (answer === undefined) return undefined;
  const names: string[] = [];
  for (const written of splitList(answer)) {
    const found = byName.get(written.toLocaleLowerCase());
    if (found) {
      names.push(found);
      continue;
    }
    const near = closest(written.toLocaleLowerCase(), byName.keys());
    const meant = near === undefined ? undefined : byName.get(near);
    if (meant) {
      const reply = await ask(`"${written}" is not a known name. Did you mean "${meant}"? [Y/n] `);
      if (reply === undefined) return undefined;
      names.push(/^n/i.test(reply) ? written : meant);
    } else {
      say(`"${written}" is not a known name: it gets a page of its own unless you add its file.`);
      names.push(written);
    }
  }
  return [...new Set(names)];
}

function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

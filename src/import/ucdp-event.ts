// One UCDP row → one event file: content/events/<year>/ucdp-<id>.md.
import type { ContentFile } from "./write-content.ts";
import { escapeMarkdown } from "./markdown-text.ts";
import { splitSide, actorsOfRow } from "./ucdp-actors.ts";
import { datesOfRow } from "./ucdp-dates.ts";
import type { ImportedPlace } from "./ucdp-places.ts";
import type { UcdpRow } from "./ucdp-row.ts";
import { sourcesOfRow } from "./ucdp-sources.ts";

/** type_of_violence → tag. */
export const VIOLENCE_TAGS: Record<number, string> = { 1: "state-based", 2: "non-state", 3: "one-sided" };
const VIOLENCE_WORDS: Record<number, string> = {
  1: "State-based armed conflict",
  2: "Non-state conflict",
  3: "One-sided violence",
};

export function eventFile(row: UcdpRow, place: ImportedPlace | undefined): ContentFile {
  if (!/^\d+$/.test(row.id)) throw new Error(`UCDP row id ${JSON.stringify(row.id)} is not a number`);
  let dates;
  try {
    dates = datesOfRow(row.dateStart, row.dateEnd, row.datePrec);
  } catch (error) {
    throw new Error(`UCDP event ${row.id}: ${(error as Error).message}`, { cause: error });
  }
  const sources = sourcesOfRow(row);
  const actors = actorsOfRow(row);
  const tag = row.typeOfViolence === undefined ? undefined : VIOLENCE_TAGS[row.typeOfViolence];

  const frontMatter: Record<string, unknown> = {
    title: sources[0]?.title ?? builtTitle(row, place),
    date: dates.date,
    ...(dates.end ? { end: dates.end } : {}),
    ...(dates.circa ? { circa: true } : {}),
    ...(place ? { location: place.name } : {}),
    ...(actors.length ? { actors } : {}),
    ...counts(row),
    ...(tag ? { tags: [tag] } : {}),
    ...(sources.length ? { sources } : {}),
  };
  return { path: `events/${dates.date.slice(0, 4)}/ucdp-${row.id}.md`, frontMatter, body: body(row, place) };
}

function counts(row: UcdpRow): { counts?: Record<string, number> } {
  const found: Record<string, number> = {};
  for (const [label, value] of [
    ["deaths (best)", row.best],
    ["deaths (low)", row.low],
    ["deaths (high)", row.high],
  ] as const) {
    if (value !== undefined && value >= 0) found[label] = value;
  }
  return Object.keys(found).length ? { counts: found } : {};
}

function builtTitle(row: UcdpRow, place: ImportedPlace | undefined): string {
  const a = splitSide(row.sideA).join(", ");
  const b = splitSide(row.sideB).join(", ");
  const who = row.typeOfViolence === 3 ? `${a} against ${b}` : `${a} and ${b}`;
  return place ? `${who} at ${place.written}` : who || `UCDP event ${row.id}`;
}

/** Two short paragraphs from the row's fields; the first is the event's summary. */
function body(row: UcdpRow, place: ImportedPlace | undefined): string {
  const e = escapeMarkdown;
  const a = splitSide(row.sideA).map(e).join(", ");
  const b = splitSide(row.sideB).map(e).join(", ");
  const kind = (row.typeOfViolence !== undefined && VIOLENCE_WORDS[row.typeOfViolence]) || "Fighting";
  const who = row.typeOfViolence === 3 ? `by ${a} against ${b}` : `between ${a} and ${b}`;
  let where = "";
  if (place) {
    const enclosing = [];
    for (let up = place.parent; up; up = up.parent) if (up.level !== "country") enclosing.push(e(up.written));
    where = ` ${place.level === "location" ? "at" : "in"} ${e(place.written)}${enclosing.length ? ` (${enclosing.join(", ")})` : ""}`;
  }
  let deaths = "";
  if (row.best !== undefined) {
    const range = row.low !== undefined && row.high !== undefined ? ` (low ${row.low}, high ${row.high})` : "";
    deaths = ` UCDP's best estimate is ${row.best} ${row.best === 1 ? "death" : "deaths"}${range}.`;
  }
  const conflict = row.conflictName ? `, conflict “${e(row.conflictName)}”` : "";
  return `${kind} ${who}${where}.${deaths}\n\nFrom the UCDP Georeferenced Event Dataset (GED 19.1), event ${row.id}${conflict}.`;
}

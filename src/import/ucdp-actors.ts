// The actors of a UCDP import: side_a and side_b split into coalition members on ", ", each member kept
// exactly as written (trimmed), stray spaces and all: "Tahrir al- Sham Army" stays, so the checker can
// report near-duplicates instead of the importer hiding them. Spellings that are equal after reference
// normalisation (apostrophe kind, case) would collide as names, so they become one actor with aliases.
import { normalizeName } from "../model/normalize.ts";
import { assignIds } from "./unique-ids.ts";
import type { UcdpRow } from "./ucdp-row.ts";

export interface ImportedActor {
  id: string;
  name: string;
  /** Other spellings that normalise to the name. */
  aliases: string[];
  kind?: string;
  events: number;
}

/** The members of one side: "Ahrar al-Sham, HTS, Southern Front" → three actors. */
export function splitSide(side: string): string[] {
  return side
    .split(", ")
    .map((member) => member.trim())
    .filter((member) => member !== "");
}

/** The actors a row names, side_a first, each spelling once. */
export function actorsOfRow(row: UcdpRow): string[] {
  return [...new Set([...splitSide(row.sideA), ...splitSide(row.sideB)])];
}

export function collectActors(rows: readonly UcdpRow[]): ImportedActor[] {
  const byKey = new Map<string, { spellings: string[]; events: number }>();
  for (const row of rows) {
    const keys = new Set<string>();
    for (const spelling of actorsOfRow(row)) {
      const key = normalizeName(spelling);
      const entry = byKey.get(key) ?? { spellings: [], events: 0 };
      byKey.set(key, entry);
      if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
      if (!keys.has(key)) entry.events++;
      keys.add(key);
    }
  }
  const actors = [...byKey.values()]
    .map(({ spellings, events }) => ({ name: spellings[0]!, aliases: spellings.slice(1), events }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const ids = assignIds(
    actors.map((a) => a.name),
    "actor",
  );
  return actors.map((actor, i) => ({ ...actor, id: ids[i]!, ...kindOf(actor.name) }));
}

/** Only what the name itself says for certain; everything else is left for an editor. */
function kindOf(name: string): { kind?: string } {
  if (/^Government of /.test(name)) return { kind: "government" };
  return {};
}

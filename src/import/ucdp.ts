// UCDP GED (codebook 19.1) CSV → Dateline content: one event file per row, one place file per country,
// governorate (adm_1), district (adm_2) and named location, one actor file per distinct coalition member.
//
// Actors are written as files, not left implicit: each distinct spelling gets a page at a stable id
// (the slug of its name), `check --strict` passes on the import, the near-duplicate check (which looks
// at defined entities) covers actor names too, and editors have a file to add aliases and descriptions to.
import type { CsvRow } from "./csv.ts";
import type { PlannedFile } from "./record.ts";
import { collectActors } from "./ucdp-actors.ts";
import { actorFile, placeFile } from "./ucdp-entities.ts";
import { eventFile } from "./ucdp-event.ts";
import { buildGazetteer } from "./ucdp-places.ts";
import { missingColumns, toUcdpRow } from "./ucdp-row.ts";

export interface UcdpPlan {
  files: PlannedFile[];
  /** Rows that could not become events (a bad id or date), each skipped. */
  warnings: string[];
}

/** Every file a UCDP file becomes; `name` is the file's name for messages. Throws when it is not UCDP GED. */
export function planUcdp(csvRows: readonly CsvRow[], name: string): UcdpPlan {
  const missing = csvRows[0] ? missingColumns(csvRows[0]) : [];
  if (missing.length) throw new Error(`${name} is not a UCDP GED file: it has no column ${missing.join(", ")}`);
  const rows = csvRows.map(toUcdpRow);

  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new Error(`${name}: the UCDP id ${row.id} appears twice`);
    seen.add(row.id);
  }

  const gazetteer = buildGazetteer(rows);
  const actors = collectActors(rows);
  const warnings: string[] = [];
  const events: PlannedFile[] = [];
  for (const row of rows) {
    try {
      events.push({
        ...eventFile(row, gazetteer.locationOf.get(row.id)),
        kind: "event",
        id: `ucdp-${row.id}`,
        names: [],
        origin: `UCDP event ${row.id}`,
      });
    } catch (error) {
      warnings.push(`${(error as Error).message}; skipped`);
    }
  }
  const files: PlannedFile[] = [
    ...gazetteer.places.map((place): PlannedFile => ({
      ...placeFile(place),
      kind: "place",
      id: place.id,
      names: [place.name],
    })),
    ...actors.map((actor): PlannedFile => ({
      ...actorFile(actor),
      kind: "actor",
      id: actor.id,
      names: [actor.name, ...actor.aliases],
    })),
    ...events,
  ];
  return { files, warnings };
}

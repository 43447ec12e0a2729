// UCDP GED (codebook 19.1) CSV → Dateline content: one event file per row, one place file per country,
// governorate (adm_1), district (adm_2) and named location, one actor file per distinct coalition member.
//
// Actors are written as files, not left implicit: each distinct spelling gets a page at a stable id
// (the slug of its name), `check --strict` passes on the import, the near-duplicate check (which looks
// at defined entities) covers actor names too, and editors have a file to add aliases and descriptions to.
import { readCsvRows } from "./csv.ts";
import { collectActors } from "./ucdp-actors.ts";
import { actorFile, placeFile } from "./ucdp-entities.ts";
import { eventFile } from "./ucdp-event.ts";
import { buildGazetteer } from "./ucdp-places.ts";
import { missingColumns, toUcdpRow } from "./ucdp-row.ts";
import { writeContentFiles, type ContentFile } from "./write-content.ts";

export interface UcdpImportCounts {
  events: number;
  places: number;
  actors: number;
}

export async function convertUcdp(csvPath: string, contentDir: string): Promise<UcdpImportCounts> {
  const csvRows = await readCsvRows(csvPath);
  const missing = csvRows[0] ? missingColumns(csvRows[0]) : [];
  if (missing.length) throw new Error(`${csvPath} is not a UCDP GED file: it has no column ${missing.join(", ")}`);
  const rows = csvRows.map(toUcdpRow);

  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new Error(`${csvPath}: the UCDP id ${row.id} appears twice`);
    seen.add(row.id);
  }

  const gazetteer = buildGazetteer(rows);
  const actors = collectActors(rows);
  const files: ContentFile[] = [
    ...gazetteer.places.map(placeFile),
    ...actors.map(actorFile),
    ...rows.map((row) => eventFile(row, gazetteer.locationOf.get(row.id))),
  ];
  await writeContentFiles(contentDir, files);
  return { events: rows.length, places: gazetteer.places.length, actors: actors.length };
}

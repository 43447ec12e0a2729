// Fits a planned import into existing content without overwriting anything: an event whose id is
// already present is skipped; an entity whose name, alias or id is already taken by an existing entity
// of its kind is not written (the imported events name it, and the reference resolves to the existing
// one); a new entity whose id is taken gets the next free id (references go by name, so nothing else
// changes). A translation is written with its event, never beside an event already present.
import { normalizeName } from "../model/normalize.ts";
import type { ExistingContent } from "./existing.ts";
import type { PlannedFile } from "./record.ts";

export interface Reconciled {
  /** What to write. */
  write: PlannedFile[];
  /** Events already present, by id. */
  present: PlannedFile[];
  /** Entities already present (linked to, not written). */
  reused: PlannedFile[];
}

export function reconcile(files: readonly PlannedFile[], existing: ExistingContent): Reconciled {
  const result: Reconciled = { write: [], present: [], reused: [] };
  const writtenEvents = new Set<string>();
  for (const file of files) {
    if (file.translation) {
      if (writtenEvents.has(file.translation.of) && !existing.files.has(file.path)) result.write.push(file);
      continue;
    }
    if (file.kind === "event") {
      if (existing.eventIds.has(file.id) || existing.files.has(file.path)) {
        result.present.push(file);
      } else {
        result.write.push(file);
        writtenEvents.add(file.id);
      }
      continue;
    }
    const entities = existing.entities[file.kind];
    const match =
      file.names.some((name) => entities.names.has(normalizeName(name))) ||
      file.names.some((name) => entities.ids.has(normalizeName(name)));
    if (match) {
      result.reused.push(file);
      continue;
    }
    // Neither an existing id nor an existing name may equal the new id: a reference matching one
    // entity by id and another by name is ambiguous (docs/content-format.md "Ambiguity and collisions").
    const folder = file.path.slice(0, file.path.lastIndexOf("/") + 1);
    const free = (id: string) =>
      !entities.ids.has(id) && !entities.names.has(id) && !existing.files.has(`${folder}${id}.md`);
    let id = file.id;
    for (let n = 2; !free(id); n++) id = `${file.id}-${n}`;
    const placed = id === file.id ? file : { ...file, id, path: `${folder}${id}.md` };
    entities.ids.add(id);
    for (const name of placed.names)
      if (!entities.names.has(normalizeName(name)))
        entities.names.set(normalizeName(name), { id, name: placed.names[0]! });
    result.write.push(placed);
  }
  return result;
}

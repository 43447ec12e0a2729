// Format-neutral records → the files an import writes: one event file per record, one place file per
// distinct place (with `within` and coordinates), one actor or figure file per distinct name. Entity
// spellings that are equal after reference normalisation become one entity with the others as aliases.
import { ENTITY_KIND } from "../model/entity-kinds.ts";
import { normalizeName } from "../model/normalize.ts";
import { slugify } from "../model/slug.ts";
import { Gazetteer, isBare, type GazetteerPlace } from "./gazetteer.ts";
import type { Converted, ImportRecord, PlannedFile } from "./record.ts";
import { assignIds } from "./unique-ids.ts";

export interface Plan {
  files: PlannedFile[];
  warnings: string[];
}

/** Longest title part of a derived event id, in characters; ids are URLs and file names. */
const ID_TITLE_LENGTH = 60;

/** `2024-11-05-thirty-people-are-killed-after-an-israeli-airstrike`: the date, then the title's slug. */
export function derivedEventId(date: string, title: string): string {
  let words = slugify(title);
  if (words.length > ID_TITLE_LENGTH) {
    words = words.slice(0, ID_TITLE_LENGTH + 1);
    words = words.slice(0, Math.max(words.lastIndexOf("-"), 1)).replace(/-+$/, "");
  }
  return [slugify(date), words].filter(Boolean).join("-");
}

interface NamedEntity {
  name: string;
  aliases: string[];
}

function collectNames(lists: Iterable<readonly string[]>): Map<string, NamedEntity> {
  const byKey = new Map<string, NamedEntity>();
  for (const list of lists) {
    for (const spelling of list) {
      const key = normalizeName(spelling);
      const found = byKey.get(key);
      if (!found) byKey.set(key, { name: spelling, aliases: [] });
      else if (found.name !== spelling && !found.aliases.includes(spelling)) found.aliases.push(spelling);
    }
  }
  return byKey;
}

function entityFiles(
  kind: "actor" | "figure",
  named: Map<string, NamedEntity>,
  preferredIds?: ReadonlyMap<string, string>,
): PlannedFile[] {
  const sorted = [...named.values()].sort((a, b) => a.name.localeCompare(b.name));
  const ids = assignIds(
    sorted.map((e) => e.name),
    kind,
    sorted.map((e) => preferredIds?.get(normalizeName(e.name))),
  );
  return sorted.map((entity, i) => ({
    kind,
    id: ids[i]!,
    names: [entity.name, ...entity.aliases],
    path: `${ENTITY_KIND[kind].folder}/${ids[i]}.md`,
    frontMatter: { name: entity.name, ...(entity.aliases.length ? { aliases: [...entity.aliases] } : {}) },
    body: "",
  }));
}

function placeFile(place: GazetteerPlace): PlannedFile {
  return {
    kind: "place",
    id: place.id,
    names: [place.name],
    path: `${ENTITY_KIND.place.folder}/${place.id}.md`,
    frontMatter: {
      name: place.name,
      ...(place.kind ? { kind: place.kind } : {}),
      ...(place.parent ? { within: place.parent.name } : {}),
      ...(place.coordinates ? { coordinates: [...place.coordinates] } : {}),
    },
    body: "",
  };
}

export function planRecords(records: readonly ImportRecord[], entityIds?: Converted["entityIds"]): Plan {
  const warnings: string[] = [];
  const gazetteer = new Gazetteer();
  // Chained references first, so a bare name can find the place a chain already placed.
  const placesOf = records.map((record) => record.places.map((ref) => (isBare(ref) ? undefined : gazetteer.add(ref))));
  const resolved = records.map((record, i) => record.places.map((ref, j) => placesOf[i]![j] ?? gazetteer.addBare(ref)));
  const places = gazetteer.finish(entityIds?.place);
  const actors = collectNames(records.map((r) => r.actors));
  const figures = collectNames(records.map((r) => r.figures));

  const events: PlannedFile[] = [];
  const taken = new Set<string>();
  records.forEach((record, i) => {
    let id = record.id;
    if (id !== undefined && taken.has(id)) {
      warnings.push(`${record.origin}: the event id "${id}" appears twice in the file; only the first is imported`);
      return;
    }
    if (id === undefined) {
      const base = derivedEventId(record.date, record.title) || "event";
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    }
    taken.add(id);
    const location = [...new Set(resolved[i]!.map((p) => p.name))];
    const frontMatter: Record<string, unknown> = {
      title: record.title,
      date: record.date,
      ...(record.end ? { end: record.end } : {}),
      ...(record.circa ? { circa: true } : {}),
      ...(location.length ? { location: location.length === 1 ? location[0] : location } : {}),
      ...(record.actors.length ? { actors: [...record.actors] } : {}),
      ...(record.figures.length ? { figures: [...record.figures] } : {}),
      ...(record.counts.length ? { counts: Object.fromEntries(record.counts) } : {}),
      ...(record.tags.length ? { tags: [...record.tags] } : {}),
      ...(record.summary ? { summary: record.summary } : {}),
      ...(record.sources.length ? { sources: record.sources.map((s) => ({ ...s })) } : {}),
      ...(record.updated ? { updated: record.updated } : {}),
      ...(record.lang ? { lang: record.lang } : {}),
    };
    const folder = `events/${record.date.slice(0, 4)}`;
    const path = `${folder}/${id}.md`;
    events.push({ kind: "event", id, names: [], origin: record.origin, path, frontMatter, body: record.body ?? "" });
    // Translations beside their event, with the words only: everything else is the event's.
    for (const translation of record.translations ?? []) {
      events.push({
        kind: "event",
        id,
        names: [],
        origin: `${record.origin} (${translation.lang})`,
        path: `${folder}/${id}.${translation.lang}.md`,
        translation: { lang: translation.lang, of: id, ...(record.lang ? { eventLang: record.lang } : {}) },
        frontMatter: { title: translation.title, ...(translation.updated ? { updated: translation.updated } : {}) },
        body: translation.body ?? "",
      });
    }
  });

  return {
    files: [
      ...places.map(placeFile),
      ...entityFiles("actor", actors, entityIds?.actor),
      ...entityFiles("figure", figures, entityIds?.figure),
      ...events,
    ],
    warnings,
  };
}

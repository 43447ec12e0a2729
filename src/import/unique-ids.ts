// Ids for imported entities: the slug of the name, made unique within a kind by a numeric suffix. An id
// is also kept from equalling another entity's normalised name, because a reference matching one entity
// by id and another by name is an ambiguity error (docs/content-format.md "Ambiguity and collisions").
import { normalizeName } from "../model/normalize.ts";
import { isSlug, slugify } from "../model/slug.ts";

/**
 * Assigns an id to each name, in the order given (callers sort first, so ids are stable).
 * `fallback` is used when a name has no letters or digits to slug (`place`, `actor`). `preferred` ids
 * (by position; from data that carries ids, such as our own events.json) are kept when they are slugs
 * that no earlier name took and that are no other entity's name.
 */
export function assignIds(
  names: readonly string[],
  fallback: string,
  preferred: readonly (string | undefined)[] = [],
): string[] {
  const nameOwners = new Map<string, number>();
  names.forEach((name, index) => {
    if (!nameOwners.has(normalizeName(name))) nameOwners.set(normalizeName(name), index);
  });
  const taken = new Set<string>();
  const kept = names.map((_, index) => {
    const id = preferred[index];
    if (id === undefined || !isSlug(id) || taken.has(id) || (nameOwners.get(id) ?? index) !== index) return undefined;
    taken.add(id);
    return id;
  });
  return names.map((name, index) => {
    if (kept[index] !== undefined) return kept[index];
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; taken.has(id) || (nameOwners.get(id) ?? index) !== index; n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

// Ids for imported entities: the slug of the name, made unique within a kind by a numeric suffix. An id
// is also kept from equalling another entity's normalised name, because a reference matching one entity
// by id and another by name is an ambiguity error (content-format.md "References").
import { normalizeName } from "../model/normalize.ts";
import { slugify } from "../model/slug.ts";

/**
 * Assigns an id to each name, in the order given (callers sort first, so ids are stable).
 * `fallback` is used when a name has no letters or digits to slug (`place`, `actor`).
 */
export function assignIds(names: readonly string[], fallback: string): string[] {
  const nameOwners = new Map<string, number>();
  names.forEach((name, index) => {
    if (!nameOwners.has(normalizeName(name))) nameOwners.set(normalizeName(name), index);
  });
  const taken = new Set<string>();
  return names.map((name, index) => {
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; taken.has(id) || (nameOwners.get(id) ?? index) !== index; n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

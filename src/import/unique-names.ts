// Names must be unique per kind after normalisation, but gazetteers repeat names ("Hamra village" in two
// districts). The place with the most events keeps the name as written; each other place of that name
// is qualified by its enclosing places, "Hamra village (As Suqaylibiyah district)", until it is unique.
import { normalizeName } from "../model/normalize.ts";

export interface HierarchicalPlace<P> {
  /** The name as the data wrote it. */
  written: string;
  /** The display name, unique after this runs. */
  name: string;
  events: number;
  parent?: P;
}

/** Outermost last: the parent, its parent, … */
export function ancestors<P extends HierarchicalPlace<P>>(place: P): P[] {
  const list: P[] = [];
  for (let up = place.parent; up; up = up.parent) list.push(up);
  return list;
}

/** A stable sort key for places of one name: where each one is. */
export function chain<P extends HierarchicalPlace<P>>(place: P): string {
  return ancestors(place)
    .map((p) => p.written)
    .join(" < ");
}

/** `places` come parents first; levels (`levelOf`) are named in the order they first appear. */
export function nameUniquely<P extends HierarchicalPlace<P>>(
  places: readonly P[],
  levelOf: (place: P) => string | number,
): void {
  const taken = new Set<string>();
  const claim = (place: P, name: string): boolean => {
    const key = normalizeName(name);
    if (taken.has(key)) return false;
    taken.add(key);
    place.name = name;
    return true;
  };
  const levels = [...new Set(places.map(levelOf))];
  for (const level of levels) {
    const groups = new Map<string, P[]>();
    for (const place of places.filter((p) => levelOf(p) === level)) {
      const key = normalizeName(place.written);
      groups.set(key, [...(groups.get(key) ?? []), place]);
    }
    for (const group of groups.values()) {
      // The most-used place of a shared name keeps it; ties go to the enclosing unit first A–Z.
      group.sort((a, b) => b.events - a.events || chain(a).localeCompare(chain(b)));
      const [first, ...rest] = group;
      const queue = claim(first!, first!.written) ? rest : group;
      for (const place of queue) {
        const qualifiers = ancestors(place).map((p) => p.name);
        const tries = qualifiers.map((_, n) => `${place.written} (${qualifiers.slice(0, n + 1).join(", ")})`);
        if (tries.some((name) => claim(place, name))) continue;
        const base = tries.at(-1) ?? place.written;
        for (let n = 2; !claim(place, `${base} ${n}`); n++);
      }
    }
  }
}

// The one walk up `within`: an entity, then what it lies within, and so on outwards. The loader reports
// and breaks `within` cycles (src/content/entities.ts), but the walk stops at the first entity it has
// seen already, so even a cycle that slipped through can never make a caller loop.
import type { Entity } from "./types.ts";

/** `entity` first, then each enclosing entity of its kind, innermost to outermost; each at most once. */
export function* selfAndAncestors(
  entity: Entity,
  entities: ReadonlyMap<string, Entity>,
): Generator<Entity, void, undefined> {
  const seen = new Set<string>();
  for (let current: Entity | undefined = entity; current && !seen.has(current.id);) {
    seen.add(current.id);
    yield current;
    current = current.within ? entities.get(current.within) : undefined;
  }
}

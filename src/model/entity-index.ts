// Per-entity indexes for entity pages, built in one pass over the events: each entity's events (places
// and actors rolled up through `within`, so an event at al-Qaim counts for Anbar and Iraq), first and
// last dates, what lies within it, and the entities that appear with it most. Cost grows with the number
// of references, never with entities × events.
import type { CalendarDate } from "../content/dates.ts";
import { entityKey, type Timeline } from "./timeline.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "./types.ts";

export interface EntityEvent {
  event: TimelineEvent;
  /** Id of the entity within this one that the event names, when the event is rolled up. */
  via?: string;
}

export interface RelatedEntity {
  entity: Entity;
  count: number;
}

export interface EntityEntry {
  entity: Entity;
  /** Newest first. */
  events: EntityEvent[];
  first?: CalendarDate;
  last?: CalendarDate;
  /** Entities directly within this one, A–Z. */
  children: Entity[];
  /** Enclosing entities, outermost first (Iraq › Anbar for al-Qaim). */
  ancestors: Entity[];
  /** Entities named alongside it most often, most first. */
  related: RelatedEntity[];
}

export type EntityIndex = Map<string, EntityEntry>;

const KINDS: EntityKind[] = ["place", "actor", "figure"];
const RELATED_LIMIT = 12;

export function buildEntityIndex(model: Model, timeline: Timeline): EntityIndex {
  const maps: Record<EntityKind, Map<string, Entity>> = { place: model.places, actor: model.actors, figure: model.figures };
  const index: EntityIndex = new Map();
  for (const kind of KINDS) {
    for (const entity of maps[kind].values()) {
      index.set(entityKey(kind, entity.id), { entity, events: [], children: [], ancestors: ancestorsOf(entity, maps[kind]), related: [] });
    }
  }
  for (const entry of index.values()) {
    const parent = entry.entity.within ? index.get(entityKey(entry.entity.kind, entry.entity.within)) : undefined;
    parent?.children.push(entry.entity);
  }

  const together = new Map<string, Map<string, number>>();
  // Newest first: walk the sorted events backwards, so each list is built already in page order.
  for (let i = timeline.events.length - 1; i >= 0; i--) {
    const event = timeline.events[i]!;
    const direct: string[] = [];
    const counted = new Map<string, string | undefined>();
    for (const [kind, ids] of [["place", event.places], ["actor", event.actors], ["figure", event.figures]] as const) {
      for (const id of ids) {
        direct.push(entityKey(kind, id));
        if (!counted.has(entityKey(kind, id))) counted.set(entityKey(kind, id), undefined);
        const entry = index.get(entityKey(kind, id));
        for (const ancestor of entry?.ancestors ?? []) {
          const key = entityKey(kind, ancestor.id);
          if (!counted.has(key)) counted.set(key, id);
        }
      }
    }
    for (const [key, via] of counted) {
      const entry = index.get(key);
      if (!entry) continue;
      entry.events.push(via === undefined ? { event } : { event, via });
      entry.last ??= event.date;
      entry.first = event.date;
      const tally = together.get(key) ?? new Map<string, number>();
      together.set(key, tally);
      for (const other of direct) if (other !== key) tally.set(other, (tally.get(other) ?? 0) + 1);
    }
  }

  for (const [key, tally] of together) {
    const entry = index.get(key)!;
    const lineage = new Set([...entry.ancestors.map((a) => entityKey(a.kind, a.id))]);
    entry.related = [...tally]
      .filter(([other]) => !lineage.has(other))
      .map(([other, count]) => ({ entity: index.get(other)!.entity, count }))
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
      .slice(0, RELATED_LIMIT);
  }
  for (const entry of index.values()) entry.children.sort((a, b) => a.name.localeCompare(b.name));
  return index;
}

/** Outermost first. Cycles are reported and broken by the loader; the guard only keeps this finite. */
function ancestorsOf(entity: Entity, entities: Map<string, Entity>): Entity[] {
  const chain: Entity[] = [];
  const seen = new Set([entity.id]);
  for (let up = entity.within ? entities.get(entity.within) : undefined; up && !seen.has(up.id); up = up.within ? entities.get(up.within) : undefined) {
    chain.unshift(up);
    seen.add(up.id);
  }
  return chain;
}

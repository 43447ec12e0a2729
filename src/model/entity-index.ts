// Per-entity indexes for entity pages, built in one pass over the events: each entity's events (places
// and actors rolled up through `within`, so an event at al-Qaim counts for Anbar and Iraq), first and
// last dates, what lies within it, and the entities that appear with it most. Cost grows with the number
// of references (times the depth of `within`), never with entities × events.
import { compareDates, type CalendarDate } from "../content/dates.ts";
import { entityKey, type Timeline } from "./timeline.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "./types.ts";

export interface EntityEvent {
  event: TimelineEvent;
  /** Id of the entity within this one that the event names, when the event is rolled up. */
  via?: string;
}

export interface RelatedEntity {
  entity: Entity;
  /** Published events that name both. */
  count: number;
}

export interface EntityEntry {
  entity: Entity;
  /** Newest first; each event once, however many entities within this one it names. */
  events: EntityEvent[];
  /** Start of the oldest event. */
  first?: CalendarDate;
  /** The latest date any event reaches: its end when it has one, else its start. */
  last?: CalendarDate;
  /** Entities directly within this one, A–Z. */
  children: Entity[];
  /** Enclosing entities, outermost first (Iraq › Anbar for al-Qaim). */
  ancestors: Entity[];
  /**
   * Entities named alongside it most often, most first: up to RELATED_PER_KIND of each kind. Its own
   * ancestors and the entities within it are left out (they are on the page already, as breadcrumbs
   * and children).
   */
  related: RelatedEntity[];
}

export type EntityIndex = Map<string, EntityEntry>;

export interface EntityIndexOptions {
  /** Orders names (children, ties among related); the site passes its language's collator. */
  compare?: (a: string, b: string) => number;
}

const KINDS: readonly EntityKind[] = ["place", "actor", "figure"];
export const RELATED_PER_KIND = 8;

export function buildEntityIndex(model: Model, timeline: Timeline, options: EntityIndexOptions = {}): EntityIndex {
  const compare = options.compare ?? ((a: string, b: string) => a.localeCompare(b));
  const byName = (a: Entity, b: Entity) => compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const maps: Record<EntityKind, Map<string, Entity>> = { place: model.places, actor: model.actors, figure: model.figures };
  const index: EntityIndex = new Map();
  for (const kind of KINDS) {
    for (const entity of maps[kind].values()) {
      index.set(entityKey(kind, entity.id), { entity, events: [], children: [], ancestors: ancestorsOf(entity, maps[kind]), related: [] });
    }
  }
  for (const entry of index.values()) {
    const { kind, id, within } = entry.entity;
    const parent = within && within !== id ? index.get(entityKey(kind, within)) : undefined;
    parent?.children.push(entry.entity);
  }

  // Entries, not `kind:id` strings, from here on: the walk below makes tens of map updates per event,
  // and identity keys spare it building and hashing a string for each (a third of the index's time).
  const lineage = new Map<EntityEntry, EntityEntry[]>();
  for (const entry of index.values()) {
    lineage.set(entry, entry.ancestors.flatMap((a) => index.get(entityKey(a.kind, a.id)) ?? []));
  }
  const together = new Map<EntityEntry, Map<EntityEntry, number>>();
  // Newest first: walk the sorted events backwards, so each list is built already in page order.
  for (let i = timeline.events.length - 1; i >= 0; i--) {
    const event = timeline.events[i]!;
    const direct: EntityEntry[] = [];
    // entry → the named entity it is reached through (undefined when named directly). Every direct
    // reference goes in before any ancestor, so an event naming al-Qaim and Anbar is direct for Anbar.
    const counted = new Map<EntityEntry, string | undefined>();
    for (const [kind, ids] of [["place", event.places], ["actor", event.actors], ["figure", event.figures]] as const) {
      for (const id of ids) {
        const entry = index.get(entityKey(kind, id));
        if (!entry) continue;
        direct.push(entry);
        counted.set(entry, undefined);
      }
    }
    for (const entry of direct) {
      for (const up of lineage.get(entry)!) if (!counted.has(up)) counted.set(up, entry.entity.id);
    }
    const reaches = event.end && compareDates(event.end, event.date) > 0 ? event.end : event.date;
    for (const [entry, via] of counted) {
      entry.events.push(via === undefined ? { event } : { event, via });
      if (!entry.last || compareDates(reaches, entry.last) > 0) entry.last = reaches;
      entry.first = event.date;
      let tally = together.get(entry);
      if (!tally) together.set(entry, (tally = new Map<EntityEntry, number>()));
      for (const other of direct) if (other !== entry) tally.set(other, (tally.get(other) ?? 0) + 1);
    }
  }

  for (const [entry, tally] of together) {
    const own = lineage.get(entry)!;
    const perKind: Record<EntityKind, RelatedEntity[]> = { place: [], actor: [], figure: [] };
    for (const [related, count] of tally) {
      if (own.includes(related) || lineage.get(related)!.includes(entry)) continue;
      perKind[related.entity.kind].push({ entity: related.entity, count });
    }
    entry.related = KINDS.flatMap((kind) =>
      perKind[kind].sort((a, b) => b.count - a.count || byName(a.entity, b.entity)).slice(0, RELATED_PER_KIND),
    ).sort((a, b) => b.count - a.count || byName(a.entity, b.entity));
  }
  for (const entry of index.values()) entry.children.sort(byName);
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

/** One page of an entity's events: what a paginated entity template renders. */
export interface EntityPage {
  entry: EntityEntry;
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** This page's slice of entry.events, newest first. */
  events: EntityEvent[];
  /** 0-based position of this page's first event in entry.events. */
  offset: number;
  /** How many of the entity's events fall in each year, for year headings on every page. */
  yearCounts: ReadonlyMap<number, number>;
  /** How many of the entity's events are rolled up (name something within it rather than it). */
  rolledUp: number;
}

/**
 * Splits each entity's events into pages of `size`, once per render; every entity gets a page 1, even
 * with no events. `entities` gives the order (A–Z); the result is what Eleventy paginates over.
 */
export function paginateEntities(index: EntityIndex, entities: readonly Entity[], size: number): EntityPage[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size} must be a positive integer`);
  const pages: EntityPage[] = [];
  for (const entity of entities) {
    const entry = index.get(entityKey(entity.kind, entity.id));
    if (!entry) continue;
    const yearCounts = new Map<number, number>();
    let rolledUp = 0;
    for (const { event, via } of entry.events) {
      yearCounts.set(event.date.year, (yearCounts.get(event.date.year) ?? 0) + 1);
      if (via !== undefined) rolledUp++;
    }
    const pageCount = Math.max(1, Math.ceil(entry.events.length / size));
    for (let n = 1; n <= pageCount; n++) {
      const offset = (n - 1) * size;
      pages.push({ entry, pageNumber: n, pageCount, events: entry.events.slice(offset, offset + size), offset, yearCounts, rolledUp });
    }
  }
  return pages;
}

// Per-entity indexes for entity pages, built in one pass over the events: each entity's events (places
// and actors rolled up through `within`, so an event at al-Qaim counts for Anbar and Iraq), first and
// last dates, what lies within it, and the entities that appear with it most. Cost grows with the number
// of references (times the depth of `within`), never with entities × events.
import { compareDates, type CalendarDate } from "./calendar.ts";
import { entityKey, type Timeline } from "./timeline.ts";
import { ENTITY_KINDS, entitiesOf, idsOf, perKind } from "./entity-kinds.ts";
import type { Entity, Model, TimelineEvent } from "./types.ts";
import { selfAndAncestors } from "./within.ts";

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

export const RELATED_PER_KIND = 8;

export function buildEntityIndex(model: Model, timeline: Timeline, options: EntityIndexOptions = {}): EntityIndex {
  const compare = options.compare ?? ((a: string, b: string) => a.localeCompare(b));
  const byName = (a: Entity, b: Entity) => compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const index: EntityIndex = new Map();
  for (const kind of ENTITY_KINDS) {
    const entities = entitiesOf(model, kind);
    for (const entity of entities.values()) {
      const ancestors = ancestorsOf(entity, entities);
      index.set(entityKey(kind, entity.id), { entity, events: [], children: [], ancestors, related: [] });
    }
  }
  for (const entry of index.values()) {
    const { kind, id, within } = entry.entity;
    const parent = within && within !== id ? index.get(entityKey(kind, within)) : undefined;
    parent?.children.push(entry.entity);
  }

  // Entries by number from here on: the walk below touches tens of entries per event, and the
  // co-occurrence counts then fit in one typed array instead of a map per entity.
  const entries = [...index.values()];
  const numbers = perKind(() => new Map<string, number>());
  entries.forEach(({ entity }, n) => numbers[entity.kind].set(entity.id, n));
  const lineage = entries.map((entry) => entry.ancestors.flatMap((a) => numbers[a.kind].get(a.id) ?? []));
  /** Per event (timeline order), the entries it names directly. */
  const namedBy = new Array<number[]>(timeline.events.length);
  /** Per entry, the events counted for it (timeline positions, newest first). */
  const countedFor: number[][] = entries.map(() => []);
  // Newest first: walk the sorted events backwards, so each list is built already in page order.
  for (let i = timeline.events.length - 1; i >= 0; i--) {
    const event = timeline.events[i]!;
    const direct: number[] = [];
    // entry → the named entity it is reached through (undefined when named directly). Every direct
    // reference goes in before any ancestor, so an event naming al-Qaim and Anbar is direct for Anbar.
    const counted = new Map<number, string | undefined>();
    for (const kind of ENTITY_KINDS) {
      for (const id of idsOf(event, kind)) {
        const n = numbers[kind].get(id);
        if (n === undefined) continue;
        direct.push(n);
        counted.set(n, undefined);
      }
    }
    for (const n of direct) {
      for (const up of lineage[n]!) if (!counted.has(up)) counted.set(up, entries[n]!.entity.id);
    }
    namedBy[i] = direct;
    const reaches = event.end && compareDates(event.end, event.date) > 0 ? event.end : event.date;
    for (const [n, via] of counted) {
      const entry = entries[n]!;
      entry.events.push(via === undefined ? { event } : { event, via });
      if (!entry.last || compareDates(reaches, entry.last) > 0) entry.last = reaches;
      entry.first = event.date;
      countedFor[n]!.push(i);
    }
  }

  // Named most with: per entry, how often each other entity is named directly by the entry's events.
  const ranksAbove = (count: number, entity: Entity, than: RelatedEntity) =>
    count > than.count || (count === than.count && byName(entity, than.entity) < 0);
  const tally = new Int32Array(entries.length);
  const touched: number[] = [];
  entries.forEach((entry, n) => {
    for (const i of countedFor[n]!) {
      for (const other of namedBy[i]!) {
        if (other !== n && tally[other]!++ === 0) touched.push(other);
      }
    }
    const ofKind = perKind<RelatedEntity[]>(() => []);
    for (const other of touched) {
      const count = tally[other]!;
      tally[other] = 0;
      // Its own ancestors and what lies within it are on the page already, as breadcrumbs and children.
      if (lineage[n]!.includes(other) || lineage[other]!.includes(n)) continue;
      const { entity } = entries[other]!;
      keepTop(ofKind[entity.kind], count, entity, RELATED_PER_KIND, ranksAbove);
    }
    touched.length = 0;
    entry.related = ENTITY_KINDS.flatMap((kind) => ofKind[kind]).sort(
      (a, b) => b.count - a.count || byName(a.entity, b.entity),
    );
  });
  for (const entry of index.values()) entry.children.sort(byName);
  return index;
}

/**
 * Puts an entity among `top` (best first, at most `size` long) if it ranks there. A country is named with
 * thousands of places: keeping the best eight as they come spares sorting them all.
 */
function keepTop(
  top: RelatedEntity[],
  count: number,
  entity: Entity,
  size: number,
  ranksAbove: (count: number, entity: Entity, than: RelatedEntity) => boolean,
): void {
  if (top.length === size && !ranksAbove(count, entity, top[size - 1]!)) return;
  let at = Math.min(top.length, size - 1);
  for (; at > 0 && ranksAbove(count, entity, top[at - 1]!); at--) top[at] = top[at - 1]!;
  top[at] = { entity, count };
}

/** Outermost first: the walk up `within`, without the entity itself, reversed. */
function ancestorsOf(entity: Entity, entities: ReadonlyMap<string, Entity>): Entity[] {
  return [...selfAndAncestors(entity, entities)].slice(1).reverse();
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
      pages.push({
        entry,
        pageNumber: n,
        pageCount,
        events: entry.events.slice(offset, offset + size),
        offset,
        yearCounts,
        rolledUp,
      });
    }
  }
  return pages;
}

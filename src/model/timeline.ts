// Indexes over the sorted events, built in one pass so no page ever filters the whole event list.
import { ENTITY_KINDS, idsOf } from "./entity-kinds.ts";
import type { EntityKind, Model, TimelineEvent } from "./types.ts";

export interface MonthGroup {
  /** 1-12, or 0 for events dated only to the year. */
  month: number;
  events: TimelineEvent[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
  count: number;
}

export interface Timeline {
  /** The events that are published in this build, in timeline order. */
  events: TimelineEvent[];
  /** Events withdrawn after publication: each keeps its page, as a notice, and is in no list or index here. */
  withdrawn: TimelineEvent[];
  /** Oldest year first. */
  years: YearGroup[];
  byId: Map<string, TimelineEvent>;
  previous: Map<string, TimelineEvent>;
  next: Map<string, TimelineEvent>;
  /** Events that reference an entity directly, keyed by `kind:id`, in timeline order. */
  byEntity: Map<string, TimelineEvent[]>;
}

export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

/** Builds every index in a single pass over the already-sorted events. */
export function buildTimeline(model: Model, options: { drafts: boolean }): Timeline {
  const shown = options.drafts ? model.events : model.events.filter((e) => !e.draft);
  const events = shown.filter((e) => !e.withdrawn);
  const withdrawn = shown.filter((e) => e.withdrawn);
  const years: YearGroup[] = [];
  const byId = new Map<string, TimelineEvent>();
  const previous = new Map<string, TimelineEvent>();
  const next = new Map<string, TimelineEvent>();
  const byEntity = new Map<string, TimelineEvent[]>();

  let prior: TimelineEvent | undefined;
  for (const event of events) {
    byId.set(event.id, event);
    if (prior) {
      previous.set(event.id, prior);
      next.set(prior.id, event);
    }
    prior = event;

    appendToYears(years, event);

    for (const kind of ENTITY_KINDS) {
      for (const id of idsOf(event, kind)) {
        const key = entityKey(kind, id);
        const list = byEntity.get(key);
        if (list) list.push(event);
        else byEntity.set(key, [event]);
      }
    }
  }
  return { events, withdrawn, years, byId, previous, next, byEntity };
}

/**
 * Adds an event to the last year and month group, opening new ones when its year or month differs.
 * Events must arrive grouped (in timeline order or its reverse); month 0 holds year-only dates.
 */
export function appendToYears(years: YearGroup[], event: TimelineEvent): void {
  let year = years.at(-1);
  if (!year || year.year !== event.date.year) {
    year = { year: event.date.year, months: [], count: 0 };
    years.push(year);
  }
  year.count++;
  const monthNumber = event.date.month ?? 0;
  let month = year.months.at(-1);
  if (!month || month.month !== monthNumber) {
    month = { month: monthNumber, events: [] };
    year.months.push(month);
  }
  month.events.push(event);
}

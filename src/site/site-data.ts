// What the templates see: the model and its timeline, plus the few lists pages paginate over, each
// built once per render. A class (not a plain object) so Eleventy's data cascade passes it by
// reference instead of deep-merging the whole model into every page's data.
import type { Entity, EntityKind, Model, SiteConfig, TimelineEvent } from "../model/types.ts";
import { entitiesOf, perKind, type PerKind } from "../model/entity-kinds.ts";
import { entityKey, type Timeline, type YearGroup } from "../model/timeline.ts";
import {
  buildEntityIndex,
  paginateEntities,
  type EntityEntry,
  type EntityIndex,
  type EntityPage,
} from "../model/entity-index.ts";
import { safeLocale } from "./format.ts";
import { englishMessages, type Messages } from "./messages.ts";

/** How many of the newest events the home page shows. */
const LATEST = 10;
/** Up to this many events, /timeline/ lists them all; a larger archive's shows its years instead. */
export const FULL_TIMELINE_EVENTS = 500;
/** Events per entity page; more continue on `/places/<id>/page/2/` … */
export const ENTITY_PAGE_SIZE = 50;

export interface RenderInput {
  model: Model;
  timeline: Timeline;
  drafts: boolean;
  /** How the search index is split, for the search page (src/search/parts.ts); the default when left out. */
  eventsPerSearchPart?: number;
  /** The catalog whose words the pages show; English, the one catalog so far, when left out. */
  messages?: Messages;
}

export class SiteData {
  readonly site: SiteConfig;
  readonly model: Model;
  readonly timeline: Timeline;
  readonly drafts: boolean;
  /** Newest first. */
  readonly latest: TimelineEvent[];
  /** Pagination sources, one per entity kind, sorted A–Z by name in the site's language. */
  readonly entityLists: PerKind<Entity[]>;
  readonly collator: Intl.Collator;
  /** Every entity's events (rolled up through `within`), span, children and related entities, by `kind:id`. */
  readonly entities: EntityIndex;
  /** Pagination sources for entity pages: every entity's events in pages of ENTITY_PAGE_SIZE, A–Z. */
  readonly entityPages: PerKind<EntityPage[]>;
  /** Events per part of the search index (src/search/parts.ts); undefined for the default. */
  readonly eventsPerSearchPart: number | undefined;
  /** Every word the pages show, from one message catalog (src/site/messages.ts): `data.messages.t(…)`. */
  readonly messages: Messages;

  constructor({ model, timeline, drafts, eventsPerSearchPart, messages = englishMessages }: RenderInput) {
    this.site = model.site;
    this.model = model;
    this.timeline = timeline;
    this.drafts = drafts;
    this.latest = timeline.events.slice(-LATEST).reverse();
    this.collator = new Intl.Collator(safeLocale(model.site.language), { sensitivity: "base", numeric: true });
    const sorted = (kind: EntityKind) =>
      [...entitiesOf(model, kind).values()].sort(
        (a, b) => this.collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
      );
    this.entityLists = perKind(sorted);
    this.entities = buildEntityIndex(model, timeline, { compare: this.collator.compare });
    this.entityPages = perKind((kind) => paginateEntities(this.entities, this.entityLists[kind], ENTITY_PAGE_SIZE));
    this.eventsPerSearchPart = eventsPerSearchPart;
    this.messages = messages;
  }

  /** An entity's index entry; undefined only for an id the model does not hold. */
  entry(kind: EntityKind, id: string): EntityEntry | undefined {
    return this.entities.get(entityKey(kind, id));
  }

  get years(): YearGroup[] {
    return this.timeline.years;
  }

  entity(kind: EntityKind, id: string): Entity | undefined {
    return entitiesOf(this.model, kind).get(id);
  }

  /** Display name of a referenced entity; the id if the model somehow lacks it. */
  name(kind: EntityKind, id: string): string {
    return this.entity(kind, id)?.name ?? id;
  }

  /** Published events that reference the entity directly, in timeline order. */
  eventsOf(kind: EntityKind, id: string): TimelineEvent[] {
    return this.timeline.byEntity.get(entityKey(kind, id)) ?? [];
  }

  /** The year groups before and after `year` that have events. */
  adjacentYears(year: number): { previous?: YearGroup; next?: YearGroup } {
    const years = this.timeline.years;
    const index = years.findIndex((y) => y.year === year);
    return { previous: index > 0 ? years[index - 1] : undefined, next: index >= 0 ? years[index + 1] : undefined };
  }
}

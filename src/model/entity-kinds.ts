// Every kind of entity in one table: where its files and pages live, the event field that names it,
// where the model keeps it, its search filter, and the keys of the words the site shows for it. Code that
// does something per kind walks ENTITY_KINDS and reads ENTITY_KIND; nothing else lists the kinds. The
// words themselves are in the message catalogs (src/site/messages/en.json, one file per language), under
// the keys this table names (the English nouns of diagnostics for editors are in editor-nouns.ts). The
// search page's script bundles this table, so it imports only types and holds no words.
import type { Entity, EntityKind, Model, TimelineEvent } from "./types.ts";

/** Kinds whose entities may lie `within` another of their kind: places in places, brigades in forces. */
export type NestingKind = "place" | "actor";

/**
 * The catalog keys of the words pages, feeds and search show for a kind, each `kind.<kind>.<word>`:
 * spelt out in the table so it says where its words are, typed so that no other key fits.
 */
export interface KindMessages<K extends EntityKind> {
  /** The kind as a heading: navigation, the index page's title, breadcrumbs, lists of names ("Places"). */
  heading: `kind.${K}.heading`;
  /** Read before the name in a chip, visually hidden ("Place:"). */
  chip: `kind.${K}.chip`;
  /** Before the names of one or more of it: "Place: Anbar", "Places: Anbar, Hit" (feeds, page descriptions). */
  named: `kind.${K}.named`;
  /** "3 places". */
  count: `kind.${K}.count`;
  /** The index page's lede: the count, and what each entity's count of events includes. */
  indexLede: `kind.${K}.indexLede`;
  /** Link text of its index in the search page's note on where else to find events ("places"). */
  browse: `kind.${K}.browse`;
  /** On an implicit entity's page: that no file describes it, and what adding its file would add. */
  implicit: `kind.${K}.implicit`;
  addFile: `kind.${K}.addFile`;
  /** Its feed's description: "The latest events at Anbar, including places within it." */
  feed: `kind.${K}.feed`;
}

/** Keys of the words for events counted for an entity through something within it. */
export interface WithinMessages<K extends NestingKind> {
  /** Introduces the entity the event names: "at al-Qaim", "via 1st Brigade". */
  via: `kind.${K}.via`;
  /** "9 of them at places within Anbar". */
  rolledUp: `kind.${K}.rolledUp`;
}

export interface EntityKindSpec<K extends EntityKind = EntityKind> {
  kind: K;
  /** Folder of its files inside the content folder (`content/places/`). */
  folder: string;
  /** First segment of its pages' paths (`/places/anbar/`). */
  urlSegment: string;
  /** The event front-matter field whose references name entities of this kind. */
  eventField: "location" | "actors" | "figures";
  /** Where the model keeps them: `Model[collection]` by id, and the ids an event names in `TimelineEvent[collection]`. */
  collection: "places" | "actors" | "figures";
  /** Key of its search filter, which is also the /search/ URL parameter (src/search/filters.ts). */
  searchFilter: "place" | "actor" | "figure";
  messages: KindMessages<K>;
  /**
   * Present for kinds whose entities may lie `within` another of their kind (NestingKind): their events
   * count for everything enclosing what they name.
   */
  within?: WithinMessages<K & NestingKind>;
}

/** In the order the site lists kinds everywhere: places, actors, figures. */
export const ENTITY_KIND: { readonly [K in EntityKind]: EntityKindSpec<K> } = {
  place: {
    kind: "place",
    folder: "places",
    urlSegment: "places",
    eventField: "location",
    collection: "places",
    searchFilter: "place",
    messages: {
      heading: "kind.place.heading",
      chip: "kind.place.chip",
      named: "kind.place.named",
      count: "kind.place.count",
      indexLede: "kind.place.indexLede",
      browse: "kind.place.browse",
      implicit: "kind.place.implicit",
      addFile: "kind.place.addFile",
      feed: "kind.place.feed",
    },
    within: { via: "kind.place.via", rolledUp: "kind.place.rolledUp" },
  },
  actor: {
    kind: "actor",
    folder: "actors",
    urlSegment: "actors",
    eventField: "actors",
    collection: "actors",
    searchFilter: "actor",
    messages: {
      heading: "kind.actor.heading",
      chip: "kind.actor.chip",
      named: "kind.actor.named",
      count: "kind.actor.count",
      indexLede: "kind.actor.indexLede",
      browse: "kind.actor.browse",
      implicit: "kind.actor.implicit",
      addFile: "kind.actor.addFile",
      feed: "kind.actor.feed",
    },
    within: { via: "kind.actor.via", rolledUp: "kind.actor.rolledUp" },
  },
  figure: {
    kind: "figure",
    folder: "figures",
    urlSegment: "figures",
    eventField: "figures",
    collection: "figures",
    searchFilter: "figure",
    messages: {
      heading: "kind.figure.heading",
      chip: "kind.figure.chip",
      named: "kind.figure.named",
      count: "kind.figure.count",
      indexLede: "kind.figure.indexLede",
      browse: "kind.figure.browse",
      implicit: "kind.figure.implicit",
      addFile: "kind.figure.addFile",
      feed: "kind.figure.feed",
    },
  },
};

export const ENTITY_KINDS = Object.keys(ENTITY_KIND) as readonly EntityKind[];

/** One value per kind, e.g. a list of pages for each. */
export type PerKind<T> = Record<EntityKind, T>;

/** A record with one value per kind, made by `make` in the table's order. */
export function perKind<T>(make: (kind: EntityKind) => T): PerKind<T> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, make(kind)])) as PerKind<T>;
}

/** The model's entities of one kind, by id. */
export function entitiesOf(model: Model, kind: EntityKind): Map<string, Entity> {
  return model[ENTITY_KIND[kind].collection];
}

/** The ids of the entities of one kind that an event names, in the order the editor wrote them. */
export function idsOf(event: TimelineEvent, kind: EntityKind): string[] {
  return event[ENTITY_KIND[kind].collection];
}

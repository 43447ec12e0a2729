// Every kind of entity in one table: where its files and pages live, the event field that names it,
// where the model keeps it, its search filter, and the words the site shows for it. Code that does
// something per kind walks ENTITY_KINDS and reads ENTITY_KIND; nothing else lists the kinds or maps a
// kind to a word. The words are English; each is one field of one kind, so that a message catalog per
// language can later key them by kind and field.
import type { PluralForms } from "../markup/plural.ts";
import type { Entity, EntityKind, Model, TimelineEvent } from "./types.ts";

/** The words pages, feeds and messages use for a kind. */
export interface KindWords {
  /** The kind as a heading: navigation, the index page's title, breadcrumbs, lists of names ("Places"). */
  heading: string;
  /** Before the names of one or more of it: "Place: Anbar", "Places: Anbar, Hit" (chips, feed entries). */
  label: PluralForms;
  /** In running text: "3 places", "this place", "matches no place file". */
  noun: PluralForms;
  /** On an implicit entity's page, what its file would add besides a description and aliases. */
  fileAdds: string;
  /** How its feed's description joins events and it: "The latest events at Anbar", "… involving HTS". */
  feedRelation: string;
  /** Ends that description when the feed counts what lies within it: ", including places within it". */
  feedRollUp: string;
  /** The search filter's legend, and its label in the list of active filters ("Groups", "Group: HTS"). */
  searchHeading: string;
  searchLabel: string;
}

/** Words for events counted for an entity through something within it (only kinds that nest). */
export interface WithinWords {
  /** Introduces the entity the event names: "at al-Qaim", "via 1st Brigade". */
  via: string;
  /** "9 of them … within Anbar": "at places", "naming actors". */
  rolledUp: string;
  /** The index page's note on its counts: "each with the events that name it or a place within it". */
  indexNote: string;
}

export interface EntityKindSpec {
  kind: EntityKind;
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
  words: KindWords;
  /**
   * Present for kinds whose entities may lie `within` another of their kind (places in places, brigades
   * in forces): their events count for everything enclosing what they name.
   */
  within?: WithinWords;
}

/** In the order the site lists kinds everywhere: places, actors, figures. */
export const ENTITY_KIND: { readonly [K in EntityKind]: EntityKindSpec & { kind: K } } = {
  place: {
    kind: "place",
    folder: "places",
    urlSegment: "places",
    eventField: "location",
    collection: "places",
    searchFilter: "place",
    words: {
      heading: "Places",
      label: { one: "Place", other: "Places" },
      noun: { one: "place", other: "places" },
      fileAdds: "and where it lies",
      feedRelation: "at",
      feedRollUp: ", including places within it",
      searchHeading: "Places",
      searchLabel: "Place",
    },
    within: { via: "at", rolledUp: "at places", indexNote: " or a place within it" },
  },
  actor: {
    kind: "actor",
    folder: "actors",
    urlSegment: "actors",
    eventField: "actors",
    collection: "actors",
    searchFilter: "actor",
    words: {
      heading: "Actors",
      label: { one: "Actor", other: "Actors" },
      noun: { one: "actor", other: "actors" },
      fileAdds: "and what it is part of",
      feedRelation: "involving",
      feedRollUp: "",
      searchHeading: "Groups",
      searchLabel: "Group",
    },
    within: { via: "via", rolledUp: "naming actors", indexNote: " or an actor within it" },
  },
  figure: {
    kind: "figure",
    folder: "figures",
    urlSegment: "figures",
    eventField: "figures",
    collection: "figures",
    searchFilter: "figure",
    words: {
      heading: "Figures",
      label: { one: "Figure", other: "Figures" },
      noun: { one: "figure", other: "figures" },
      fileAdds: "and its role and affiliations",
      feedRelation: "involving",
      feedRollUp: "",
      searchHeading: "People",
      searchLabel: "Person",
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

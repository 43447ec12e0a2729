// What the templates see: the model and its timeline, plus the few lists pages paginate over, each
// built once per render. A class (not a plain object) so Eleventy's data cascade passes it by
// reference instead of deep-merging the whole model into every page's data.
import type { Edition, Entity, EntityKind, Model, SiteConfig, TimelineEvent } from "../model/types.ts";
import { entitiesOf, perKind, type PerKind } from "../model/entity-kinds.ts";
import { buildTimeline, entityKey, type Timeline, type YearGroup } from "../model/timeline.ts";
import {
  buildEntityIndex,
  paginateEntities,
  type EntityEntry,
  type EntityIndex,
  type EntityPage,
} from "../model/entity-index.ts";
import { safeLocale } from "./format.ts";
import { datesFor, type DateFormat } from "./edition-dates.ts";
import { messagesFor } from "./edition-messages.ts";
import { localizeModel } from "./localize.ts";
import { redirectsOf, type Redirect } from "./redirects.ts";
import { siteEditions } from "./site-editions.ts";
import type { Messages } from "./messages.ts";
import { urlsFor, type Urls } from "./urls.ts";

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
  /**
   * Events the search page searches at a step (src/search/browser/archive-search.ts): a part,
   * EVENTS_PER_SEARCH_PART, when left out, however small the parts (tests make them small).
   */
  searchStepEvents?: number;
  /** The catalog whose words the pages show; the edition's (src/site/edition-messages.ts) when left out. */
  messages?: Messages;
  /** The edition these pages are for; the default (the site's first) when left out. */
  edition?: Edition;
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
  /** Events the search page searches at a step, at most; undefined for the default. */
  readonly searchStepEvents: number | undefined;
  /** The old addresses of renamed events and entities in this edition, and where each leads. */
  readonly redirects: Redirect[];
  /** Every word the pages show, from one message catalog (src/site/messages.ts): `data.messages.t(…)`. */
  readonly messages: Messages;
  /** The edition these pages are for; its `prefix` is in every page URL. */
  readonly edition: Edition;
  /** Every edition of the site, the default first: for the language switcher and hreflang links. */
  readonly editions: readonly Edition[];
  /** This edition's page URLs (src/site/urls.ts). */
  readonly urls: Urls;
  /** Dates in this edition's locale, digits and calendar. */
  readonly dates: DateFormat;
  /** The model as loaded, before its words were put into this edition's language: what exports and search read. */
  readonly original: Model;
  /** The timeline of the original model. */
  readonly originalTimeline: Timeline;
  /** The language the pages are in: the edition's. */
  readonly language: string;

  constructor(input: RenderInput) {
    const { drafts, eventsPerSearchPart } = input;
    const editions = input.model.site.editions;
    const edition = input.edition ?? siteEditions(input.model.site)[0]!;
    // The edition's own site settings: its title, description and language where it gives them.
    const site: SiteConfig = {
      ...input.model.site,
      title: edition.title ?? input.model.site.title,
      description: edition.description ?? input.model.site.description,
      language: edition.lang,
    };
    const model =
      edition.prefix === "" && edition.lang === input.model.site.language
        ? localizeModel(input.model, edition.lang)
        : { ...localizeModel(input.model, edition.lang), site };
    const unchanged = model.events.every((e, i) => e === input.model.events[i]);
    const timeline = unchanged ? input.timeline : buildTimeline(model, { drafts });
    const messages = input.messages ?? messagesFor(edition, editions.length <= 1);
    this.edition = edition;
    this.editions = editions.length ? editions : [edition];
    this.language = edition.lang;
    this.urls = urlsFor(edition.prefix);
    this.dates = datesFor(edition, messages);
    this.original = input.model;
    this.originalTimeline = input.timeline;
    this.site = model.site;
    this.model = model;
    this.timeline = timeline;
    this.drafts = drafts;
    this.latest = timeline.events.slice(-LATEST).reverse();
    this.collator = new Intl.Collator(safeLocale(edition.locale), { sensitivity: "base", numeric: true });
    const sorted = (kind: EntityKind) =>
      [...entitiesOf(model, kind).values()].sort(
        (a, b) => this.collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
      );
    this.entityLists = perKind(sorted);
    this.entities = buildEntityIndex(model, timeline, { compare: this.collator.compare });
    this.entityPages = perKind((kind) => paginateEntities(this.entities, this.entityLists[kind], ENTITY_PAGE_SIZE));
    this.redirects = redirectsOf(this);
    this.eventsPerSearchPart = eventsPerSearchPart;
    this.searchStepEvents = input.searchStepEvents;
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

  /** The site's title in this edition, and the language it is written in (the default's when untranslated). */
  get title(): { text: string; lang: string } {
    return this.edition.title
      ? { text: this.edition.title, lang: this.edition.lang }
      : { text: this.site.title, lang: this.site.language };
  }

  get description(): { text: string; lang: string } {
    return this.edition.description
      ? { text: this.edition.description, lang: this.edition.lang }
      : { text: this.site.description, lang: this.site.language };
  }

  /** An event as the content gives it, before translation (the language its body is written in …). */
  originalEvent(id: string): TimelineEvent | undefined {
    return this.originalTimeline.byId.get(id);
  }

  /** The language an entity's description is shown in: the translation's when it has one. */
  descriptionLanguage(kind: EntityKind, id: string): string {
    const original = entitiesOf(this.original, kind).get(id);
    if (!original) return this.language;
    return original.lang !== this.language && original.translations[this.language]?.descriptionHtml
      ? this.language
      : original.lang;
  }

  /** The language a figure's role is shown in: the translation's when it gives one. */
  roleLanguage(kind: EntityKind, id: string): string {
    const original = entitiesOf(this.original, kind).get(id);
    if (!original) return this.language;
    return original.lang !== this.language && original.translations[this.language]?.role
      ? this.language
      : original.lang;
  }

  /** The language an entity's file is written in (its category word is in it). */
  originalEntityLanguage(kind: EntityKind, id: string): string {
    return entitiesOf(this.original, kind).get(id)?.lang ?? this.site.language;
  }

  /** The year groups before and after `year` that have events. */
  adjacentYears(year: number): { previous?: YearGroup; next?: YearGroup } {
    const years = this.timeline.years;
    const index = years.findIndex((y) => y.year === year);
    return { previous: index > 0 ? years[index - 1] : undefined, next: index >= 0 ? years[index + 1] : undefined };
  }
}

// What an edit changes on the site: compares the site before and after a reload and selects the pages
// to render again, plus the output folders to remove first (pages that no longer exist, entities whose
// number of pages may shrink). Conservative: any page that shows a changed event or entity is selected.
import { ENTITY_KINDS, idsOf } from "../model/entity-kinds.ts";
import { sameValue } from "../model/same-value.ts";
import { entityKey } from "../model/timeline.ts";
import type { Entity, TimelineEvent } from "../model/types.ts";
import { emptyPerKind, PageSelection, SITE_PAGES, type SitePage } from "./page-selection.ts";
import { layoutKey, placeMapLayout } from "./map/place-map-layout.ts";
import { placePoints } from "./map/place-points.ts";
import { ENTITY_PAGE_SIZE, FULL_TIMELINE_EVENTS, type SiteData } from "./site-data.ts";

export interface AffectedPages {
  selection: PageSelection;
  /** Root-relative folders to delete before rendering (`/events/old-id/`, `/places/anbar/`). */
  remove: string[];
}

/**
 * Site-wide pages an edit can change and a reader looks at. The stylesheet, scripts and the 404 page never
 * change; the data exports do, but they are whole-archive files nobody reads in the browser, so the dev
 * site rewrites them in the background with the search index (src/dev/dev-site.ts).
 */
const CONTENT_SITE_PAGES: readonly SitePage[] = SITE_PAGES.filter(
  (page) => page !== "assets" && page !== "notFound" && page !== "exports" && page !== "redirectsFile",
);

export function affectedPages(before: SiteData, after: SiteData): AffectedPages {
  const eventKeys = new Set<string>();
  /** Entities whose every page is rendered again. */
  const entityKeys = new Set<string>();
  /** Entities that list a changed event: maybe only the page it is on. */
  const listingKeys = new Set<string>();
  const remove: string[] = [];

  // Events added, removed or changed: compared as data, so a rename of an entity it names counts too
  // through the entity comparison below, and an untouched file costs one string comparison.
  const oldEvents = before.timeline.byId;
  const newEvents = after.timeline.byId;
  const changed: TimelineEvent[] = [];
  for (const [id, event] of newEvents) {
    const old = oldEvents.get(id);
    if (!old || !sameValue(old, event)) {
      changed.push(event);
      if (old) changed.push(old);
    }
  }
  for (const [id, old] of oldEvents) {
    if (!newEvents.has(id)) {
      changed.push(old);
      remove.push(before.urls.event(id));
    }
  }

  // Entities added, removed or changed (name, aliases, within …): their pages, and every event naming them.
  for (const kind of ENTITY_KINDS) {
    const was = before.entityLists[kind];
    const now = new Map(after.entityLists[kind].map((e) => [e.id, e]));
    for (const entity of was) {
      const current = now.get(entity.id);
      // An entity no longer named anywhere loses its pages and its embed, which lives apart from them.
      if (!current) remove.push(before.urls.entity(kind, entity.id), before.urls.entityEmbed(kind, entity.id));
      if (!current || JSON.stringify(current) !== JSON.stringify(entity)) entityKeys.add(entityKey(kind, entity.id));
      now.delete(entity.id);
    }
    for (const entity of now.values()) entityKeys.add(entityKey(kind, entity.id));
  }
  for (const key of entityKeys) {
    for (const data of [before, after])
      for (const { event } of data.entities.get(key)?.events ?? []) changed.push(event);
  }

  for (const event of changed) {
    eventKeys.add(event.id);
    // Neighbours show its title in their pagers, before and after the edit.
    for (const data of [before, after]) {
      const previous = data.timeline.previous.get(event.id);
      const next = data.timeline.next.get(event.id);
      if (previous) eventKeys.add(previous.id);
      if (next) eventKeys.add(next.id);
    }
    // Its entities' pages list it, rolled up into everything that encloses them.
    for (const data of [before, after]) {
      for (const kind of ENTITY_KINDS) {
        for (const id of idsOf(event, kind)) {
          const entry = data.entities.get(entityKey(kind, id));
          listingKeys.add(entityKey(kind, id));
          for (const ancestor of entry?.ancestors ?? []) listingKeys.add(entityKey(kind, ancestor.id));
        }
      }
    }
  }

  const years = new Set(changed.map((e) => e.date.year));
  for (const y of before.timeline.years)
    if (!after.timeline.years.some((n) => n.year === y.year)) remove.push(before.urls.year(y.year));
  // Every year's page links the years before and after it: a year added or gone changes its neighbours'.
  const yearsOf = (data: SiteData) => data.timeline.years.map((y) => y.year).join();
  if (yearsOf(before) !== yearsOf(after)) for (const y of after.timeline.years) years.add(y.year);

  // A listing whose events are the same, in the same order, keeps its pages: only its first page (count,
  // span, chart) and the pages holding a changed event change, unless what every page shows beside its
  // events changed (the names it is named with, its children's counts). Otherwise every page may have shifted.
  const changedIds = new Set(changed.map((e) => e.id));
  const somePages = new Map<string, Set<number>>();
  for (const key of listingKeys) {
    if (entityKeys.has(key)) continue;
    const was = before.entities.get(key)?.events;
    const now = after.entities.get(key)?.events;
    if (
      !was ||
      !now ||
      was.length !== now.length ||
      was.some((item, i) => item.event.id !== now[i]!.event.id || item.via !== now[i]!.via) ||
      asideOf(before, key) !== asideOf(after, key)
    ) {
      entityKeys.add(key);
      continue;
    }
    const pages = new Set([1]);
    now.forEach((item, i) => changedIds.has(item.event.id) && pages.add(Math.floor(i / ENTITY_PAGE_SIZE) + 1));
    somePages.set(key, pages);
  }

  // A place's first page draws a map of the most active places around it and within it: when their order,
  // names, positions or what encloses them change (an added event moves its places up the ranking), the
  // maps that show another set of dots, or the same in another order, are drawn again.
  const mapsRedrawn = new Set<string>();
  const [placesBefore, placesAfter] = [placeLines(before), placeLines(after)];
  const reordered = placesBefore.join("\n") !== placesAfter.join("\n");
  if (reordered && [...placesBefore].sort().join("\n") !== [...placesAfter].sort().join("\n")) {
    // A place added, gone, renamed, moved or moved under another: what such a change does to the pages
    // around it reaches beyond its map (the places listed within another), so every place page again.
    for (const place of after.entityLists.place) entityKeys.add(entityKey("place", place.id));
  } else if (reordered) {
    // The same places in another order of activity (an event added or moved): only maps can differ.
    for (const place of after.entityLists.place) {
      const key = entityKey("place", place.id);
      if (entityKeys.has(key)) continue;
      const layoutIn = (data: SiteData) => {
        const entry = data.entities.get(key);
        return layoutKey(entry && placeMapLayout(data, entry));
      };
      if (layoutIn(before) !== layoutIn(after)) mapsRedrawn.add(key);
    }
  }

  const entityPages = emptyPerKind<SiteData["entityPages"]["place"][number]>();
  const entityFeeds = emptyPerKind<Entity>();
  for (const kind of ENTITY_KINDS) {
    for (const page of after.entityPages[kind]) {
      const key = entityKey(kind, page.entry.entity.id);
      if (
        entityKeys.has(key) ||
        somePages.get(key)?.has(page.pageNumber) ||
        (page.pageNumber === 1 && mapsRedrawn.has(key))
      )
        entityPages[kind].push(page);
    }
    for (const entity of after.entityLists[kind]) {
      const key = entityKey(kind, entity.id);
      if (entityKeys.has(key) || somePages.has(key)) entityFeeds[kind].push(entity);
    }
    // An entity with fewer events may have fewer pages: its folder goes, and its pages are written anew.
    for (const entity of before.entityLists[kind])
      if (entityKeys.has(entityKey(kind, entity.id))) remove.push(before.urls.entity(kind, entity.id));
  }

  const nothing = eventKeys.size === 0 && entityKeys.size === 0 && somePages.size === 0 && mapsRedrawn.size === 0;
  // The indexes (and a large archive's timeline page) show entities and counts only: when every list of
  // events kept its events (an edit to an event's text, title or sources), they read as before.
  const countsKept =
    entityKeys.size === 0 &&
    before.timeline.events.length === after.timeline.events.length &&
    before.timeline.years.every(
      (y, i) => after.timeline.years[i]?.year === y.year && after.timeline.years[i]?.count === y.count,
    );
  const timelineListsEvents = after.timeline.events.length <= FULL_TIMELINE_EVENTS;
  const unchanged = (page: SitePage) =>
    countsKept && (page === "indexes" || (page === "timeline" && !timelineListsEvents));
  const site = nothing ? [] : CONTENT_SITE_PAGES.filter((page) => !unchanged(page));

  // Redirects are few: when any changed (an id renamed, a target retitled), all are written again, and
  // an old address no longer listed loses its page (removed first; a page now living there is rendered).
  const redirectsChanged = JSON.stringify(before.redirects) !== JSON.stringify(after.redirects);
  if (redirectsChanged) {
    const kept = new Set(after.redirects.map((r) => r.from));
    for (const { from } of before.redirects) if (!kept.has(from)) remove.push(from);
    if (after.edition.prefix === "") site.push("redirectsFile");
    // Without redirects there is no /_redirects to write again: the last one goes.
    if (after.edition.prefix === "" && after.redirects.length === 0) remove.push("/_redirects");
  }
  // Withdrawn events' notices, likewise: all again when any changed; a notice no longer withdrawn goes
  // (unless the event is back in the timeline, whose page is rendered in its place).
  const noticesOf = (data: SiteData) => JSON.stringify(data.timeline.withdrawn);
  const noticesChanged = noticesOf(before) !== noticesOf(after);
  if (noticesChanged) {
    const kept = new Set(after.timeline.withdrawn.map((e) => e.id));
    for (const { id } of before.timeline.withdrawn) if (!kept.has(id)) remove.push(before.urls.event(id));
  }
  const selection = new PageSelection({
    events: after.timeline.events.filter((e) => eventKeys.has(e.id)),
    years: after.timeline.years.filter((y) => years.has(y.year)),
    entityPages,
    entityFeeds,
    site,
    redirects: redirectsChanged ? after.redirects : [],
    withdrawn: noticesChanged ? after.timeline.withdrawn : [],
  });
  return { selection, remove: [...new Set(remove)] };
}

/**
 * The places with coordinates in the order maps rank them, with what other places' maps show of them and
 * the places they lie within (a map frames the places within its place, and shades the country they are in).
 */
function placeLines(data: SiteData): string[] {
  const within = (id: string) =>
    (data.entities.get(entityKey("place", id))?.ancestors ?? []).map((a) => a.id).join(">");
  return placePoints(data)
    .ranking()
    .map((r) => `${r.place.id} ${r.place.name} ${r.point.join(",")} ${r.enclosing} ${within(r.place.id)}`);
}

/** What every page of an entity shows beside its own events (_includes/entity-aside.ts), as one string. */
function asideOf(data: SiteData, key: string): string {
  const entry = data.entities.get(key);
  if (!entry) return "";
  const count = (entity: Entity) => data.entities.get(entityKey(entity.kind, entity.id))?.events.length ?? 0;
  return JSON.stringify([
    entry.related.map((r) => [r.entity.kind, r.entity.id, r.entity.name, r.count]),
    entry.children.map((child) => [child.id, child.name, count(child)]),
  ]);
}

// What a place page's locator map places, before anything is drawn: its frame (fitted to the place and
// the places directly within it), the marker, the places within it and nearby as dots, most active
// first, and the corner the inset takes. The page's template draws it (_includes/place-map.ts); a
// rebuild compares it before and after an edit to tell which place pages' maps changed
// (src/site/affected-pages.ts).
import type { EntityEntry } from "../../model/entity-index.ts";
import type { SiteData } from "../site-data.ts";
import { fitFrame, frameBox, toFrame, type Frame } from "./frame.ts";
import { mercator, type Box } from "./geography.ts";
import { covers, quietestCorner } from "./inset.ts";
import { placePoints, type Ranked } from "./place-points.ts";

const LOCATOR = { width: 640, height: 400, margin: 0.12, minSpan: 4, maxSpan: 40 };
/** Zoomed in closer than this many degrees across, the map shows an inset of the wider region. */
const INSET_BELOW = 16;
/** The most active places drawn within the place, and nearby: enough for context, few enough to read. */
const WITHIN_CAP = 40;
const NEARBY_CAP = 30;
export const DOT_RADIUS = { marker: 7, within: 4.5, nearby: 3.5 };

export type Shown = Ranked & { at: [number, number] };

export interface PlaceMapLayout {
  frame: Frame;
  /** The place's own point, in the map's viewBox units. */
  marker: [number, number];
  within: Shown[];
  nearby: Shown[];
  inset?: Box;
}

/** The layout of the place's locator map; undefined for a place without coordinates, which has none. */
export function placeMapLayout(data: SiteData, entry: EntityEntry): PlaceMapLayout | undefined {
  const { entity } = entry;
  if (entity.kind !== "place" || !entity.coordinates) return undefined;
  const self = mercator(entity.coordinates);
  const children = entry.children.filter((c) => c.coordinates).map((c) => mercator(c.coordinates!));
  const frame = fitFrame([self, ...children], LOCATOR);
  const marker = toFrame(frame, self);
  return { frame, marker, ...placesShown(data, entry, frame, marker) };
}

/** What of a layout other places' data decide (which dots, named what, where), as one string to compare. */
export function layoutKey(layout: PlaceMapLayout | undefined): string {
  if (!layout) return "";
  const dots = (shown: Shown[]) => shown.map((s) => `${s.place.id} ${s.place.name} ${s.at.join(",")}`).join("|");
  const inset = layout.inset ? `${layout.inset.x0},${layout.inset.y0}` : "";
  return `${layout.frame.key}\n${dots(layout.within)}\n${dots(layout.nearby)}\n${inset}`;
}

/**
 * The places drawn besides the place itself, most active first: those within it (at any depth) and its
 * neighbours, and the inset's corner when the map is zoomed in, with the dots it would hide left out.
 */
function placesShown(
  data: SiteData,
  entry: EntityEntry,
  frame: Frame,
  marker: [number, number],
): { within: Shown[]; nearby: Shown[]; inset?: Box } {
  const { entity } = entry;
  const points = placePoints(data);
  const lineage = new Set([entity.id, ...entry.ancestors.map((a) => a.id)]);
  const view = frameBox(frame, -8);
  const hidden = (r: Ranked) => {
    if (lineage.has(r.place.id)) return true;
    // A country is drawn as an outline and named on the map; a dot at its centre would only mislead.
    if (r.place.category === "country") return true;
    const [x, y] = r.point;
    if (x < view.x0 || x > view.x1 || y < view.y0 || y > view.y1) return true;
    // A place drawn under the marker would only hide behind it.
    return (
      Math.hypot((x - frame.left) * frame.scale - marker[0], (frame.top - y) * frame.scale - marker[1]) <=
      DOT_RADIUS.marker
    );
  };
  const descendants = new Set(descendantsOf(data, entry));
  // Neighbours are its siblings and other spots nearby: a province's centre next to a village is no
  // neighbour of it, though its rolled-up events would rank it first.
  const isNeighbour = (r: Ranked) => !descendants.has(r.place.id) && (r.place.within === entity.within || !r.enclosing);
  const shown = (r: Ranked): Shown => ({ ...r, at: toFrame(frame, r.point) });
  let within = [...descendants]
    .flatMap((id) => points.ranked(id) ?? [])
    .filter((r) => !hidden(r))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, WITHIN_CAP)
    .map(shown);
  let nearby = points.mostActiveInside(view, NEARBY_CAP, (r) => isNeighbour(r) && !hidden(r)).map(shown);
  if (frame.width / frame.scale >= INSET_BELOW) return { within, nearby };
  const inset = quietestCorner(frame, [marker, ...within.map((l) => l.at), ...nearby.map((l) => l.at)]);
  if (!inset) return { within, nearby };
  within = within.filter((l) => !covers(inset, l.at));
  nearby = nearby.filter((l) => !covers(inset, l.at));
  return { within, nearby, inset };
}

/** Ids of every place within this one, at any depth. */
function descendantsOf(data: SiteData, entry: EntityEntry): string[] {
  const queue = [...entry.children];
  for (let i = 0; i < queue.length; i++) queue.push(...(data.entry("place", queue[i]!.id)?.children ?? []));
  return queue.map((place) => place.id);
}

// The layers under every marker: water, land, borders between countries, and which countries show
// (with a point to name each). Drawn once per distinct frame and kept, since neighbouring places snap
// to the same frame (frame.ts); the colours come from CSS classes, never from the markup.
import { geoIdentity, geoPath, type GeoContext, type GeoPermissibleObjects } from "d3-geo";
import type { Polygon } from "geojson";
import { frameBox, type Frame } from "./frame.ts";
import {
  geography,
  outsideRunsCut,
  overlaps,
  type Box,
  type Country,
  type Line,
  type Point,
  type Shape,
} from "./geography.ts";
import { pathData } from "./path-data.ts";

export interface VisibleCountry {
  country: Country;
  /** Share of the frame it covers, 0-1. */
  share: number;
  /** Where its name goes: the centre of its largest visible part, in viewBox units. */
  anchor: [number, number];
}

export interface BaseMap {
  /** SVG elements for water and land, drawn first. */
  ground: string;
  /** The borders between countries, drawn over the ground and any highlighted country. */
  borders: string;
  /** Countries that cover a visible share of the frame, largest first. */
  countries: VisibleCountry[];
}

/** Clip a little outside the viewBox, so no stroke or edge shows at the frame's border. */
const CLIP_PAD = 4;
/** Shapes are cut short (outsideRunsCut) this far outside the viewBox, well beyond the clip. */
const CUT_PAD = 32;
/** Countries covering less of the frame than this are drawn but not named. */
const MIN_NAMED_SHARE = 0.02;
/** Frames drawn so far, oldest first; the oldest go past this many (a few kB each: memory stays bounded). */
const CACHE_SIZE = 5000;
const cache = new Map<string, BaseMap>();

function projection(frame: Frame) {
  return geoIdentity()
    .reflectY(true)
    .scale(frame.scale)
    .translate([-frame.left * frame.scale, frame.top * frame.scale])
    .clipExtent([
      [-CLIP_PAD, -CLIP_PAD],
      [frame.width + CLIP_PAD, frame.height + CLIP_PAD],
    ]);
}

/** The shape as GeoJSON for d3, with what lies far outside the view cut short (outsideRunsCut). */
function polygon(shape: Shape, view: Box): GeoPermissibleObjects {
  return {
    type: "Polygon",
    coordinates: shape.rings.map((ring, i) =>
      outsideRunsCut(ring, view, shape.chunks[i]),
    ) as unknown as Polygon["coordinates"],
  };
}

/** Path data of the shapes (or lines) in the frame, clipped to it; empty when none show. */
function draw(frame: Frame, objects: GeoPermissibleObjects[], tolerance = 1): string {
  const context = pathData(tolerance);
  const path = geoPath(projection(frame), context);
  for (const object of objects) path(object);
  return context.result();
}

/** Area and centroid of the shape as clipped to the frame, from one pass of d3's clipping. */
function clippedArea(
  path: ReturnType<typeof geoPath>,
  rings: number[][],
  shape: GeoPermissibleObjects,
): { area: number; centroid: [number, number] } {
  rings.length = 0;
  path(shape);
  let area = 0,
    cx = 0,
    cy = 0;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const cross = ring[j]! * ring[i + 1]! - ring[i]! * ring[j + 1]!;
      area += cross;
      cx += (ring[j]! + ring[i]!) * cross;
      cy += (ring[j + 1]! + ring[i + 1]!) * cross;
    }
  }
  return area === 0
    ? { area: 0, centroid: [0, 0] }
    : { area: Math.abs(area / 2), centroid: [cx / (3 * area), cy / (3 * area)] };
}

function visibleCountries(frame: Frame): VisibleCountry[] {
  const view = frameBox(frame);
  const near = frameBox(frame, CUT_PAD);
  // Clipped rings as flat [x, y, x, y …] lists, for clippedArea.
  const rings: number[][] = [];
  const collect: GeoContext = {
    beginPath() {},
    moveTo: (x, y) => void rings.push([x, y]),
    lineTo: (x, y) => void rings.at(-1)!.push(x, y),
    closePath() {},
    arc() {},
  };
  const path = geoPath(projection(frame), collect);
  const total = frame.width * frame.height;
  const visible: VisibleCountry[] = [];
  for (const country of geography(frame.resolution).countries) {
    if (!overlaps(country.box, view)) continue;
    let area = 0;
    let largest = 0;
    let anchor: [number, number] = [0, 0];
    for (const shape of country.shapes) {
      if (!overlaps(shape.box, view)) continue;
      const part = clippedArea(path, rings, polygon(shape, near));
      area += part.area;
      if (part.area > largest) {
        largest = part.area;
        anchor = part.centroid;
      }
    }
    if (area / total >= MIN_NAMED_SHARE) visible.push({ country, share: area / total, anchor });
  }
  return visible.sort((a, b) => b.share - a.share);
}

/** The border pieces that reach into the view, consecutive pieces of one line joined again. */
function visibleLines(pieces: readonly Line[], view: Box): Point[][] {
  const lines: Point[][] = [];
  let previous: Line | undefined;
  for (const piece of pieces) {
    if (!overlaps(piece.box, view)) {
      previous = undefined;
      continue;
    }
    if (previous && previous.line === piece.line) lines.at(-1)!.push(...piece.points.slice(1));
    else lines.push([...piece.points]);
    previous = piece;
  }
  return lines.map((line) => outsideRunsCut(line, view));
}

function drawBase(frame: Frame): BaseMap {
  const geo = geography(frame.resolution);
  const view = frameBox(frame, CUT_PAD);
  const land = draw(
    frame,
    geo.land.filter((s) => overlaps(s.box, view)).map((s) => polygon(s, view)),
  );
  const borders = draw(frame, [
    { type: "MultiLineString", coordinates: visibleLines(geo.borders, view) } as unknown as GeoPermissibleObjects,
  ]);
  return {
    ground:
      `<rect class="map-water" width="${frame.width}" height="${frame.height}"/>` +
      (land && `<path class="map-land" d="${land}"/>`),
    borders: borders && `<path class="map-border" d="${borders}"/>`,
    countries: visibleCountries(frame),
  };
}

/** The frame's base layers, drawn on first use and then taken from the cache. */
export function baseMap(frame: Frame): BaseMap {
  let base = cache.get(frame.key);
  if (!base) {
    base = drawBase(frame);
    cache.set(frame.key, base);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return base;
}

const shapes = new Map<string, string>();

/** A country's outline in the frame, to set it apart from its neighbours; empty when it does not show. */
export function countryShape(frame: Frame, country: Country): string {
  const key = `${frame.key} ${country.name}`;
  let svg = shapes.get(key);
  if (svg === undefined) {
    const view = frameBox(frame, CUT_PAD);
    const d = draw(
      frame,
      country.shapes.filter((s) => overlaps(s.box, view)).map((s) => polygon(s, view)),
    );
    svg = d && `<path class="map-focus" d="${d}"/>`;
    shapes.set(key, svg);
    if (shapes.size > CACHE_SIZE) shapes.delete(shapes.keys().next().value!);
  }
  return svg;
}

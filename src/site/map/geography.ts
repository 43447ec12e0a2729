// Natural Earth land, country outlines and borders from world-atlas, read and parsed at most once per
// process and resolution, and projected once into planar Mercator. Every map after that only scales,
// clips and rounds plain numbers: no trigonometry per map, and shapes far from a map are skipped by
// their bounding boxes without touching their points.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";

/** Natural Earth at 1:110 million (world and continents) or 1:50 million (countries and regions). */
export type Resolution = "110m" | "50m";

/** Planar Mercator: x is degrees of longitude, y grows northwards in the same units. */
export type Point = readonly [x: number, y: number];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One polygon: its outer ring then any holes. */
export interface Shape {
  rings: Point[][];
  /** Per ring, the box of each run of CHUNK points, for outsideRunsCut. */
  chunks: Box[][];
  box: Box;
}

/** A piece of a border line, short enough that culling by its box skips most of the world. */
export interface Line {
  points: Point[];
  box: Box;
  /** Which border line it is a piece of; the pieces of a line follow each other in order. */
  line: number;
}

export interface Country {
  /** English short name from Natural Earth ("Syria", "Dem. Rep. Congo"). */
  name: string;
  shapes: Shape[];
  box: Box;
}

export interface Geography {
  resolution: Resolution;
  land: Shape[];
  /** Borders between countries only: coasts are the edge of the land. */
  borders: Line[];
  countries: Country[];
}

/** Web Mercator is undefined at the poles; nothing we map lies that far north or south. */
const MAX_LATITUDE = 85;
/** Points per border piece: small enough to cull well, large enough to keep the list short. */
const LINE_PIECE = 48;
/** Points per chunk of a ring whose box lets outsideRunsCut skip it whole. */
const CHUNK = 32;

/** [latitude, longitude] in degrees, as places store them, to planar Mercator. */
export function mercator([lat, lon]: readonly [number, number]): Point {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [lon, (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI];
}

function project(ring: readonly Position[]): Point[] {
  return ring.map(([lon, lat]) => mercator([lat!, lon!]));
}

function boxOf(points: readonly Point[], into?: Box): Box {
  const box = into ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of points) {
    if (x < box.x0) box.x0 = x;
    if (x > box.x1) box.x1 = x;
    if (y < box.y0) box.y0 = y;
    if (y > box.y1) box.y1 = y;
  }
  return box;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

function shapesOf(geometry: Polygon | MultiPolygon | null): Shape[] {
  if (!geometry) return [];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => {
    const rings = polygon.map(project);
    const chunks = rings.map((ring) =>
      Array.from({ length: Math.ceil(ring.length / CHUNK) }, (_, i) => boxOf(ring.slice(i * CHUNK, (i + 1) * CHUNK))),
    );
    return { rings, chunks, box: boxOf(rings[0] ?? []) };
  });
}

function piecesOf(lines: MultiLineString): Line[] {
  const pieces: Line[] = [];
  for (const [line, coordinates] of lines.coordinates.entries()) {
    const points = project(coordinates);
    // Consecutive pieces share an end point, so the line stays continuous when all are drawn.
    for (let start = 0; start < points.length - 1; start += LINE_PIECE) {
      const piece = points.slice(start, start + LINE_PIECE + 1);
      pieces.push({ points: piece, box: boxOf(piece), line });
    }
  }
  return pieces;
}

type Atlas = Topology<{ countries: GeometryObject<{ name: string }>; land: GeometryObject }>;

function load(resolution: Resolution): Geography {
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, "utf8")) as Atlas;
  const land = feature(topology, topology.objects.land) as
    Feature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;
  const landFeatures = "features" in land ? land.features : [land];
  const countries = (
    feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
  ).features
    .map((f) => {
      const shapes = shapesOf(f.geometry);
      const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      for (const shape of shapes) boxOf(shape.rings[0] ?? [], box);
      return { name: f.properties?.name ?? "", shapes, box };
    })
    .filter((c) => c.shapes.length > 0);
  return {
    resolution,
    land: landFeatures.flatMap((f) => shapesOf(f.geometry)),
    borders: piecesOf(mesh(topology, topology.objects.countries, (a, b) => a !== b)),
    countries,
  };
}

const loaded = new Map<Resolution, Geography>();

/** The geography at a resolution, loaded on first use and kept for the life of the process. */
export function geography(resolution: Resolution): Geography {
  let geo = loaded.get(resolution);
  if (!geo) loaded.set(resolution, (geo = load(resolution)));
  return geo;
}

/** True when the planar point lies inside the shape (even-odd over its rings, so holes count). */
export function shapeContains(shape: Shape, [x, y]: Point): boolean {
  if (x < shape.box.x0 || x > shape.box.x1 || y < shape.box.y0 || y > shape.box.y1) return false;
  let inside = false;
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The country whose outline contains the point, if any (a point at sea, or on a tiny island, has none). */
export function countryAt(geo: Geography, point: Point): Country | undefined {
  return geo.countries.find((c) => c.shapes.some((s) => shapeContains(s, point)));
}

/** Which sides of the box a point lies beyond: 1 west, 2 east, 4 south, 8 north; 0 inside. */
function outcode([x, y]: Point, box: Box): number {
  return (x < box.x0 ? 1 : x > box.x1 ? 2 : 0) | (y < box.y0 ? 4 : y > box.y1 ? 8 : 0);
}

/** The one side of `box` that all of `inner` lies beyond, else 0. */
function sideBeyond(inner: Box, box: Box): number {
  return inner.x1 < box.x0 ? 1 : inner.x0 > box.x1 ? 2 : inner.y1 < box.y0 ? 4 : inner.y0 > box.y1 ? 8 : 0;
}

/**
 * The ring or line with every run of points beyond one side of the box cut down to the run's ends.
 * Such a run and the straight step that replaces it both lie in that outer half-plane, so whatever
 * changes lies outside the box and clipping to the box gives the same result from far fewer points:
 * the outline of Africa and Eurasia shrinks from ~11,000 points to a few dozen for a regional map.
 * With `chunks` (the boxes of each CHUNK points), whole chunks beyond a side are skipped unread.
 */
export function outsideRunsCut(points: readonly Point[], box: Box, chunks?: readonly Box[]): Point[] {
  const out: Point[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runCode = 0;
  const visit = (i: number, code: number) => {
    if (runStart >= 0 && (runCode & code) !== 0) {
      runCode &= code;
      runEnd = i;
      return;
    }
    if (runStart >= 0 && runEnd > runStart) out.push(points[runEnd]!);
    out.push(points[i]!);
    runStart = code ? i : -1;
    runEnd = i;
    runCode = code;
  };
  for (let start = 0; start < points.length; start += CHUNK) {
    const end = Math.min(points.length, start + CHUNK);
    const side = chunks ? sideBeyond(chunks[start / CHUNK]!, box) : 0;
    if (side) {
      visit(start, side);
      runEnd = end - 1;
    } else {
      for (let i = start; i < end; i++) visit(i, outcode(points[i]!, box));
    }
  }
  if (runStart >= 0 && runEnd > runStart) out.push(points[runEnd]!);
  return out;
}

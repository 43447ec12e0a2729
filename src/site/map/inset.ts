// The inset of a locator map: a small map of the wider region in one corner, with the main map's
// extent outlined on it, as newsroom locators have. It lets the main map zoom in on a place's
// neighbourhood, where only a few borders would show, and still say where in the world that is.
import { baseMap, countryShape } from "./base-map.ts";
import { fitFrame, type Frame } from "./frame.ts";
import type { Box, Country, Point } from "./geography.ts";

/** The inset's size in the main map's viewBox units, and how far it keeps from the corner. */
const SIZE = { width: 150, height: 96 };
const GAP = 8;
/** The inset shows this many times the main map's span, and at least MIN_SPAN degrees. */
const ZOOM_OUT = 4;
const MIN_SPAN = 24;

const cache = new Map<string, string>();
const CACHE_SIZE = 5000;

/** The four corner boxes the inset may take, in the main map's viewBox units: NE, NW, SE, SW. */
export function insetCorners(main: Frame): Box[] {
  const east = main.width - GAP - SIZE.width;
  const south = main.height - GAP - SIZE.height;
  return [
    [east, GAP],
    [GAP, GAP],
    [east, south],
    [GAP, south],
  ].map(([x, y]) => ({ x0: x!, y0: y!, x1: x! + SIZE.width, y1: y! + SIZE.height }));
}

/** True when a viewBox point lies under the inset or too close to its edge to be seen. */
export function covers(box: Box, [x, y]: readonly [number, number]): boolean {
  return x >= box.x0 - GAP && x <= box.x1 + GAP && y >= box.y0 - GAP && y <= box.y1 + GAP;
}

/** The corner that covers the fewest of these viewBox points; the first point must not be covered. */
export function quietestCorner(main: Frame, points: readonly (readonly [number, number])[]): Box | undefined {
  const corners = insetCorners(main).filter((box) => !(points[0] && covers(box, points[0])));
  let best: Box | undefined;
  let fewest = Infinity;
  for (const box of corners) {
    const count = points.filter((p) => covers(box, p)).length;
    if (count < fewest) [best, fewest] = [box, count];
  }
  return best;
}

/** SVG for the inset in `box`: the region around the main map, `country` set apart, the main extent outlined. */
export function insetSvg(main: Frame, box: Box, country: Country | undefined): string {
  const key = `${main.key} ${box.x0} ${box.y0} ${country?.name ?? ""}`;
  let svg = cache.get(key);
  if (svg === undefined) {
    const centre: Point = [main.left + main.width / main.scale / 2, main.top - main.height / main.scale / 2];
    const span = Math.max(MIN_SPAN, (ZOOM_OUT * main.width) / main.scale);
    const frame = fitFrame([centre], { ...SIZE, margin: 0.2, minSpan: span, maxSpan: span });
    const base = baseMap(frame);
    // The main map's extent on the inset, at least a few units across so it stays visible.
    const x0 = (main.left - frame.left) * frame.scale;
    const y0 = (frame.top - main.top) * frame.scale;
    const w = Math.max(4, (main.width / main.scale) * frame.scale);
    const h = Math.max(3, (main.height / main.scale) * frame.scale);
    const r = (n: number) => Math.round(n * 10) / 10;
    svg =
      `<svg class="map-inset" x="${box.x0}" y="${box.y0}" width="${SIZE.width}" height="${SIZE.height}" viewBox="0 0 ${SIZE.width} ${SIZE.height}">` +
      base.ground +
      (country ? countryShape(frame, country) : "") +
      base.borders +
      `<rect class="map-inset-extent" x="${r(x0)}" y="${r(y0)}" width="${r(w)}" height="${r(h)}"/>` +
      `<rect class="map-inset-edge" width="${SIZE.width}" height="${SIZE.height}"/></svg>`;
    cache.set(key, svg);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return svg;
}

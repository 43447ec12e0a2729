// SVG path data as short as a map needs: whole viewBox units, relative steps ("l3-2 1 4"), points
// closer than the tolerance to the last one kept dropped (radial simplification), and rings or lines
// that shrink below a visible size left out. A d3-geo path context, so d3 does the clipping.
import type { GeoContext } from "d3-geo";

export interface PathData extends GeoContext {
  /** The path data so far; empty when nothing visible was drawn. */
  result(): string;
}

/** `tolerance` in viewBox units: a point within this distance (on both axes) of the last kept point is dropped. */
export function pathData(tolerance = 1): PathData {
  let out = "";
  let points: number[] = [];
  const flush = (closed: boolean) => {
    const count = points.length / 2;
    if (count >= (closed ? 3 : 2)) {
      let minX = Infinity,
        minY = Infinity,
        maxX = -Infinity,
        maxY = -Infinity;
      for (let i = 0; i < points.length; i += 2) {
        minX = Math.min(minX, points[i]!);
        maxX = Math.max(maxX, points[i]!);
        minY = Math.min(minY, points[i + 1]!);
        maxY = Math.max(maxY, points[i + 1]!);
      }
      // An island or a border stub smaller than the tolerance would be a speck: leave it out.
      if (maxX - minX > tolerance || maxY - minY > tolerance) {
        out += `M${points[0]} ${points[1]}`;
        let x = points[0]!,
          y = points[1]!;
        let steps = "";
        for (let i = 2; i < points.length; i += 2) {
          steps += number(points[i]! - x, steps === "") + number(points[i + 1]! - y, false);
          x = points[i]!;
          y = points[i + 1]!;
        }
        if (steps) out += `l${steps}`;
        if (closed) out += "z";
      }
    }
    points = [];
  };
  const add = (x: number, y: number) => {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const n = points.length;
    if (n >= 2 && Math.abs(rx - points[n - 2]!) < tolerance + 0.5 && Math.abs(ry - points[n - 1]!) < tolerance + 0.5)
      return;
    points.push(rx, ry);
  };
  return {
    beginPath() {},
    moveTo(x, y) {
      flush(false);
      add(x, y);
    },
    lineTo(x, y) {
      add(x, y);
    },
    closePath() {
      // A ring's last point may have been dropped as too close to its first; the z closes it anyway.
      flush(true);
    },
    arc() {},
    result() {
      flush(false);
      return out;
    },
  };
}

/** A number in a run of path parameters: a space separates it from the previous one unless its sign does. */
function number(value: number, first: boolean): string {
  const text = String(value === 0 ? 0 : value);
  return first || text.startsWith("-") ? text : ` ${text}`;
}

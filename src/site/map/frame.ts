// Fitting a map to what it shows. A frame maps planar Mercator (geography.ts) onto a viewBox of
// width × height units: one scale and an offset, north up. Frames are snapped to quarter zoom steps
// and to a grid of an eighth of their width, so neighbouring places share a frame and its drawn base
// layers (base-map.ts caches them by `key`) while every fitted point still lies inside the margin.
import type { Box, Point, Resolution } from "./geography.ts";

export interface FrameSize {
  /** viewBox units; the map is drawn at about this many CSS pixels wide on a wide screen. */
  width: number;
  height: number;
}

export interface FitOptions extends FrameSize {
  /** Share of the width and height kept empty on each side around the fitted points. */
  margin: number;
  /** The narrowest span, in degrees of longitude across the width: a lone point gets its region. */
  minSpan: number;
  /** The widest span: far-flung points are given up (clipped) before the region becomes unreadable. */
  maxSpan: number;
}

export interface Frame extends FrameSize {
  /** viewBox units per planar unit (degree of longitude). */
  scale: number;
  /** Planar coordinates of the top-left corner. */
  left: number;
  top: number;
  resolution: Resolution;
  /** Identifies the frame: equal keys draw identical base maps. */
  key: string;
}

/** Above this many units per degree the 1:50m outlines are worth their extra points. */
const DETAILED_SCALE = 14;
const ZOOM_STEPS_PER_DOUBLING = 4;
const GRID_PER_WIDTH = 8;

/** The frame that shows every point (within the span limits), centred on their bounding box. */
export function fitFrame(points: readonly Point[], options: FitOptions): Frame {
  const { width, height, margin, minSpan, maxSpan } = options;
  if (points.length === 0) throw new RangeError("fitFrame needs at least one point");
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of points) {
    box.x0 = Math.min(box.x0, x);
    box.x1 = Math.max(box.x1, x);
    box.y0 = Math.min(box.y0, y);
    box.y1 = Math.max(box.y1, y);
  }
  const inner = 1 - 2 * margin;
  const fit = Math.min(
    (width * inner) / Math.max(box.x1 - box.x0, 1e-9),
    (height * inner) / Math.max(box.y1 - box.y0, 1e-9),
  );
  const clamped = Math.min(width / minSpan, Math.max(width / maxSpan, fit));
  // Round the zoom down, so the snapped frame is never tighter than the fit.
  const scale = 2 ** (Math.floor(Math.log2(clamped) * ZOOM_STEPS_PER_DOUBLING) / ZOOM_STEPS_PER_DOUBLING);
  // Snapping moves the centre by at most half a step, which the margin absorbs on both axes.
  const step = Math.min(width / GRID_PER_WIDTH, Math.min(width, height) * margin) / scale;
  const cx = Math.round((box.x0 + box.x1) / 2 / step) * step;
  const cy = Math.round((box.y0 + box.y1) / 2 / step) * step;
  return frameAt(cx, cy, scale, options);
}

/** The frame of this size centred on a planar point at a scale. */
export function frameAt(cx: number, cy: number, scale: number, { width, height }: FrameSize): Frame {
  const left = cx - width / 2 / scale;
  const top = cy + height / 2 / scale;
  const resolution: Resolution = scale >= DETAILED_SCALE ? "50m" : "110m";
  const key = `${resolution} ${width}x${height} ${scale.toFixed(6)} ${cx.toFixed(6)} ${cy.toFixed(6)}`;
  return { width, height, scale, left, top, resolution, key };
}

/** A planar point in viewBox units. */
export function toFrame(frame: Frame, [x, y]: Point): [number, number] {
  return [(x - frame.left) * frame.scale, (frame.top - y) * frame.scale];
}

/** The frame's own area in planar coordinates, grown by `pad` viewBox units on every side. */
export function frameBox(frame: Frame, pad = 0): Box {
  const p = pad / frame.scale;
  return {
    x0: frame.left - p,
    x1: frame.left + frame.width / frame.scale + p,
    y0: frame.top - frame.height / frame.scale - p,
    y1: frame.top + p,
  };
}

export function inFrame(frame: Frame, [x, y]: readonly [number, number], inset = 0): boolean {
  return x >= inset && x <= frame.width - inset && y >= inset && y <= frame.height - inset;
}

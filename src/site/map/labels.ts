// Where names go on a map, decided at build time without collisions. Names are HTML laid over the
// drawing (as newsroom maps made with ai2html do): they keep the page's type size and script direction
// however small the map is drawn, and links among them are ordinary, keyboard-usable links. Since the
// map scales with the page but text does not, placement is worked out in CSS pixels at two widths: a
// name placed at the narrowest width shows everywhere, one placed only at the wide width shows only
// once the map is drawn at least that wide (a container query in map.css).
import type { Box } from "./geography.ts";

/** The narrowest a map is drawn: a 320 px phone less the page's padding. */
export const NARROW_WIDTH = 288;
/** From this width on (map.css: `@container map (min-width: 30rem)`) the second tier of names shows. */
export const WIDE_WIDTH = 480;

/** Estimated text size in CSS pixels; generous, so a name never runs into its neighbour. */
const CHAR_WIDTH = { self: 8.8, place: 7.2, country: 8.6 } as const;
const TEXT_HEIGHT = { self: 20, place: 16, country: 14 } as const;
/** A link's box is at least this tall and wide (WCAG 2.5.8 target size). */
const TARGET = 24;
/**
 * A place name's box starts BACK px behind its anchor, over the dot, and its text LEAD - 2 px beyond it,
 * with 4 px after the text (map.css: `.map-label-e` translate(-8px) and padding 0 4px 0 20px).
 */
const LEAD = 14;
const BACK = 8;
/** A name above or below its anchor keeps this far from it (map.css: `.map-label-n`, `.map-label-s`). */
const ABOVE = 5;
/** Nothing is placed nearer than this to the map's edge, so focus rings stay inside it. */
const EDGE = 4;

export type LabelKind = keyof typeof CHAR_WIDTH;

export interface LabelRequest {
  text: string;
  kind: LabelKind;
  /** Anchor in viewBox units: a dot's centre (place names start beside it) or a name's centre (countries). */
  x: number;
  y: number;
  /** viewBox units between the anchor and where the name may start, e.g. a bubble's radius. */
  gap?: number;
  /** A link needs a TARGET-sized box clear of every other link. */
  href?: string;
  /** False lets the name cover other dots (bubbles on the overview overlap anyway). */
  avoidDots?: boolean;
}

export interface PlacedLabel {
  request: LabelRequest;
  /**
   * Where a name sits: east, west, north or south of its anchor (geographic, whatever the page's
   * direction), or centred on it (countries).
   */
  side: "e" | "w" | "n" | "s" | "c";
  /** Only shown when the map is drawn at least WIDE_WIDTH wide. */
  wide: boolean;
  /** The anchor the name is positioned from, in percent of the map's width and height. */
  left: number;
  top: number;
}

const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Characters as a reader sees them (so an Arabic name is not counted by UTF-16 units). */
function textWidth(text: string, kind: LabelKind): number {
  return [...text].length * CHAR_WIDTH[kind];
}

interface Candidate {
  side: PlacedLabel["side"];
  /** Anchor in viewBox units. */
  ax: number;
  ay: number;
  /** What must stay clear of other names and dots, and (for links) the link's box. */
  text: Box;
  target: Box;
}

/** The boxes of a name `width` px wide at an anchor and side, in CSS pixels at a drawn width. */
function boxesAt(
  request: LabelRequest,
  width: number,
  side: Candidate["side"],
  ax: number,
  ay: number,
  unitsPerPixel: number,
): Candidate {
  const x = ax / unitsPerPixel;
  const y = ay / unitsPerPixel;
  const height = TEXT_HEIGHT[request.kind];
  if (side === "c") {
    const text = { x0: x - width / 2, x1: x + width / 2, y0: y - height / 2, y1: y + height / 2 };
    return { side, ax, ay, text, target: text };
  }
  if (side === "n" || side === "s") {
    // Centred above or below, ABOVE px clear of the anchor (map.css: `.map-label-n`, `.map-label-s`).
    const tall = request.href ? Math.max(TARGET, height) : height;
    const half = Math.max(width + 8, request.href ? TARGET : 0) / 2;
    const y0 = side === "n" ? y - ABOVE - tall : y + ABOVE;
    const text = { x0: x - half, x1: x + half, y0, y1: y0 + tall };
    return { side, ax, ay, text, target: text };
  }
  const sign = side === "e" ? 1 : -1;
  const near = x - sign * BACK;
  const far = x + sign * Math.max(TARGET - BACK, LEAD + width + 2);
  const half = Math.max(TARGET, height) / 2;
  const target = { x0: Math.min(near, far), x1: Math.max(near, far), y0: y - half, y1: y + half };
  const start = x + sign * (LEAD - 2);
  const end = x + sign * (LEAD + width);
  const text = { x0: Math.min(start, end), x1: Math.max(start, end), y0: y - height / 2, y1: y + height / 2 };
  return { side, ax, ay, text, target };
}

// A country name goes at the centre of its visible part or not at all: moved, it could leave the country.
const COUNTRY_SIDES = ["c"] as const;
const PLACE_SIDES = ["e", "w", "n", "s"] as const;

/** The name on one side of its anchor (beyond a bubble's edge when it has a gap). */
function candidate(request: LabelRequest, width: number, side: Candidate["side"], unitsPerPixel: number): Candidate {
  const gap = request.gap ?? 0;
  const ax = request.x + (side === "e" ? gap : side === "w" ? -gap : 0);
  const ay = request.y + (side === "s" ? gap : side === "n" ? -gap : 0);
  return boxesAt(request, width, side, ax, ay, unitsPerPixel);
}

export interface PlacementInput {
  /** viewBox size of the map. */
  width: number;
  height: number;
  /** In priority order: earlier names win. */
  requests: readonly LabelRequest[];
  /** Dots (centre and radius in viewBox units) that names must not cover, besides their own. */
  dots: readonly { x: number; y: number; r: number }[];
  /** Areas in viewBox units no name may touch (an inset map). */
  blocked?: readonly Box[];
  /** Set false for small maps that are never drawn wider than NARROW_WIDTH's tier needs. */
  wideTier?: boolean;
}

/** Places as many names as fit, first at the narrow width, then the rest at the wide width. */
export function placeLabels({
  width,
  height,
  requests,
  dots,
  blocked = [],
  wideTier = true,
}: PlacementInput): PlacedLabel[] {
  const placed = new Map<LabelRequest, { candidate: Candidate; wide: boolean }>();
  const textWidths = new Map(requests.map((r) => [r, textWidth(r.text, r.kind)]));
  const widths = wideTier ? [NARROW_WIDTH, WIDE_WIDTH] : [NARROW_WIDTH];
  for (const drawn of widths) {
    const unitsPerPixel = width / drawn;
    const px = 1 / unitsPerPixel;
    const frame = { x0: EDGE, y0: EDGE, x1: width * px - EDGE, y1: height * px - EDGE };
    const taken: Box[] = blocked.map((b) => ({ x0: b.x0 * px, x1: b.x1 * px, y0: b.y0 * px, y1: b.y1 * px }));
    const targets: Box[] = [...taken];
    const dotBoxs = dots.map((d) => {
      const r = Math.max(d.r * px, 2);
      return { x0: d.x * px - r, x1: d.x * px + r, y0: d.y * px - r, y1: d.y * px + r, cx: d.x, cy: d.y };
    });
    const fits = (c: Candidate, request: LabelRequest) =>
      c.target.x0 >= frame.x0 &&
      c.target.x1 <= frame.x1 &&
      c.target.y0 >= frame.y0 &&
      c.target.y1 <= frame.y1 &&
      !taken.some((t) => hits(t, c.text)) &&
      !(request.href && targets.some((t) => hits(t, c.target))) &&
      (request.avoidDots === false ||
        !dotBoxs.some((d) => !(d.cx === request.x && d.cy === request.y) && hits(d, c.text)));
    const take = (c: Candidate, request: LabelRequest) => {
      taken.push(c.text);
      if (request.href) targets.push(c.target);
    };
    // Names placed at a narrower width keep their side and stay: at this width they take less room.
    for (const [request, { candidate: c }] of placed)
      take(boxesAt(request, textWidths.get(request)!, c.side, c.ax, c.ay, unitsPerPixel), request);
    // Where the country names still to place would go: a place name takes another of its sides when one
    // fits, so a long name (Sorani, Arabic) does not push every country name off the map.
    const countrySpots = requests
      .filter((r) => r.kind === "country" && !placed.has(r))
      .map((r) => candidate(r, textWidths.get(r)!, "c", unitsPerPixel).text);
    for (const request of requests) {
      if (placed.has(request)) continue;
      const sides = request.kind === "country" ? COUNTRY_SIDES : PLACE_SIDES;
      const choices = sides
        .map((side) => candidate(request, textWidths.get(request)!, side, unitsPerPixel))
        .filter((choice) => fits(choice, request));
      const clear =
        request.kind === "country" ? undefined : choices.find((c) => !countrySpots.some((s) => hits(s, c.text)));
      const choice = clear ?? choices[0];
      if (!choice) continue;
      take(choice, request);
      placed.set(request, { candidate: choice, wide: drawn !== NARROW_WIDTH });
    }
  }
  return requests.flatMap((request) => {
    const p = placed.get(request);
    if (!p) return [];
    const { candidate, wide } = p;
    return [
      {
        request,
        side: candidate.side,
        wide,
        left: round2((candidate.ax / width) * 100),
        top: round2((candidate.ay / height) * 100),
      },
    ];
  });
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

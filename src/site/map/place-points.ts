// Where the places of one render lie: each place's point (its own coordinates or, failing those, its
// nearest enclosing place's), the places with coordinates ranked by activity with a grid over them, and
// the published events counted where they can be located, for the overview. Built lazily, once per
// SiteData (a WeakMap, since site-data.ts is not ours to extend), and shared by every map of a render.
import type { Entity } from "../../model/types.ts";
import type { SiteData } from "../site-data.ts";
import { countryAt, geography, mercator, type Box, type Country, type Point, type Resolution } from "./geography.ts";

export interface Located {
  /** The place whose coordinates give the point: the place asked about, or an enclosing one. */
  place: Entity;
  point: Point;
}

/** A place with coordinates of its own, with what maps rank and sort it by, looked up once. */
export interface Ranked extends Located {
  /** Position among all such places, most active first, ties A–Z. */
  rank: number;
  /** Events at it and at places within it: the count its page states. */
  activity: number;
  /** Enclosing places, outermost first. */
  ancestors: readonly Entity[];
  /** Whether other places lie within it (it stands for an area, not a spot). */
  enclosing: boolean;
}

interface RankIndex {
  ranked: Ranked[];
  byId: Map<string, Ranked>;
  /** Cell key → its places, in rank order. */
  grid: Map<string, Ranked[]>;
}

/** Grid cells are this many planar units (degrees of longitude) wide. */
const CELL = 1;
/** A box over more cells than this is searched by walking the ranked list instead. */
const MAX_CELLS = 2500;

const cellKey = (ix: number, iy: number) => `${ix} ${iy}`;

export class PlacePoints {
  readonly #data: SiteData;
  readonly #located = new Map<string, Located | null>();
  readonly #countries = new Map<string, Country | null>();
  #index?: RankIndex;
  #counts?: Map<string, number>;

  constructor(data: SiteData) {
    this.#data = data;
  }

  /** The place's own point, else its nearest ancestor's that has coordinates; undefined when none has. */
  locate(id: string): Located | undefined {
    let found = this.#located.get(id);
    if (found === undefined) {
      const place = this.#data.entity("place", id);
      const chain = place ? [place, ...[...(this.#data.entry("place", id)?.ancestors ?? [])].reverse()] : [];
      const withPoint = chain.find((p) => p.coordinates);
      found = withPoint ? { place: withPoint, point: mercator(withPoint.coordinates!) } : null;
      this.#located.set(id, found);
    }
    return found ?? undefined;
  }

  /** Every place with coordinates of its own, most active first: the order place maps pick dots in. */
  ranking(): readonly Ranked[] {
    return this.#rankIndex().ranked;
  }

  /** The place with its rank, when it has coordinates of its own. */
  ranked(id: string): Ranked | undefined {
    return this.#rankIndex().byId.get(id);
  }

  /**
   * Up to `limit` places with coordinates of their own inside the box that `accept` takes, most active
   * first. Reads the grid cells under the box when they hold few places, else walks all places in rank
   * order and stops at `limit`: a map never sorts every place of a large archive.
   */
  mostActiveInside(box: Box, limit: number, accept: (place: Ranked) => boolean): Ranked[] {
    const { ranked, grid } = this.#rankIndex();
    const inBox = ({ point: [x, y] }: Ranked) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
    const [x0, x1, y0, y1] = [box.x0, box.x1, box.y0, box.y1].map((v) => Math.floor(v / CELL)) as [
      number,
      number,
      number,
      number,
    ];
    const cells: Ranked[][] = [];
    let candidates = 0;
    if ((x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_CELLS) {
      for (let ix = x0; ix <= x1; ix++) {
        for (let iy = y0; iy <= y1; iy++) {
          const cell = grid.get(cellKey(ix, iy));
          if (cell) {
            cells.push(cell);
            candidates += cell.length;
          }
        }
      }
    } else candidates = Infinity;
    const found: Ranked[] = [];
    // Sorting the places under the box costs about c·log c; walking in rank order about limit·n/c.
    if (candidates * Math.log2(candidates + 2) < (limit * ranked.length) / Math.max(candidates, 1)) {
      for (const cell of cells) for (const place of cell) if (inBox(place) && accept(place)) found.push(place);
      return found.sort((a, b) => a.rank - b.rank).slice(0, limit);
    }
    for (const place of ranked) {
      if (found.length >= limit) break;
      if (inBox(place) && accept(place)) found.push(place);
    }
    return found;
  }

  /**
   * Published events per located place: each event counts once at the located place of every place it
   * names, so an event at a village without coordinates counts at its district, and nothing is counted
   * again at the places that enclose it (the overview draws each event where it happened, once).
   */
  counts(): Map<string, number> {
    if (!this.#counts) {
      const counts = new Map<string, number>();
      for (const event of this.#data.timeline.events) {
        const seen = new Set<string>();
        for (const id of event.places) {
          const located = this.locate(id);
          if (!located || seen.has(located.place.id)) continue;
          seen.add(located.place.id);
          counts.set(located.place.id, (counts.get(located.place.id) ?? 0) + 1);
        }
      }
      this.#counts = counts;
    }
    return this.#counts;
  }

  /**
   * The country the place lies in, on the map: found from its outermost enclosing place with
   * coordinates (a country's own point lies well inside it, while a border crossing may fall on the
   * wrong side of a simplified border), else from its own point.
   */
  country(id: string, resolution: Resolution): Country | undefined {
    const outermost = this.#data.entry("place", id)?.ancestors.find((a) => a.coordinates);
    return (
      (outermost && this.#countryAt(mercator(outermost.coordinates!), resolution)) ??
      this.#countryAt(this.locate(id)?.point, resolution)
    );
  }

  /** Country lookups by point: the places of one country mostly ask with that country's point. */
  #countryAt(point: Point | undefined, resolution: Resolution): Country | undefined {
    if (!point) return undefined;
    const key = `${resolution} ${point[0]} ${point[1]}`;
    let found = this.#countries.get(key);
    if (found === undefined) this.#countries.set(key, (found = countryAt(geography(resolution), point) ?? null));
    return found ?? undefined;
  }

  #rankIndex(): RankIndex {
    if (!this.#index) {
      const data = this.#data;
      const ranked = [...data.model.places.values()]
        .filter((place) => place.coordinates)
        .map((place): Ranked => {
          const entry = data.entry("place", place.id);
          return {
            place,
            point: mercator(place.coordinates!),
            rank: 0,
            activity: entry?.events.length ?? 0,
            ancestors: entry?.ancestors ?? [],
            enclosing: (entry?.children.length ?? 0) > 0,
          };
        })
        .sort(
          (a, b) =>
            b.activity - a.activity ||
            data.collator.compare(a.place.name, b.place.name) ||
            (a.place.id < b.place.id ? -1 : 1),
        );
      const grid = new Map<string, Ranked[]>();
      ranked.forEach((place, rank) => {
        place.rank = rank;
        const key = cellKey(Math.floor(place.point[0] / CELL), Math.floor(place.point[1] / CELL));
        const cell = grid.get(key);
        if (cell) cell.push(place);
        else grid.set(key, [place]);
      });
      this.#index = { ranked, byId: new Map(ranked.map((r) => [r.place.id, r])), grid };
    }
    return this.#index;
  }
}

const byRender = new WeakMap<SiteData, PlacePoints>();

/** The render's place points, built on first use. */
export function placePoints(data: SiteData): PlacePoints {
  let points = byRender.get(data);
  if (!points) byRender.set(data, (points = new PlacePoints(data)));
  return points;
}

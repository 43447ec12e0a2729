// The places of a UCDP import: the country, its governorates (adm_1), their districts (adm_2) and every
// named location (where_coordinates), each within the smallest enclosing unit the row gives. A location
// whose name is its own district, governorate or country (rows coded at that precision) is that unit.
//
// Names must be unique per kind after normalisation, but real gazetteers repeat names ("Hamra village"
// in two districts). The place with the most events keeps the name as written; every other place of
// that name is qualified with its enclosing unit: "Hamra village (Salamiyah district)". A name already
// taken by an administrative unit is always qualified. Spellings that differ only in spaces or
// punctuation are NOT merged or renamed: the checker reports those as near-duplicates.
import { normalizeName } from "../model/normalize.ts";
import { chain, nameUniquely } from "./unique-names.ts";
import { assignIds } from "./unique-ids.ts";
import type { UcdpRow } from "./ucdp-row.ts";

export type PlaceLevel = "country" | "governorate" | "district" | "location";

export interface ImportedPlace {
  level: PlaceLevel;
  /** The name as the data writes it. */
  written: string;
  /** Display name, unique among places after normalisation (set by buildGazetteer). */
  name: string;
  id: string;
  /** Free word for the place file's `kind`. */
  kind: string;
  parent?: ImportedPlace;
  coordinates?: [number, number];
  /** Rows naming this place directly. */
  events: number;
  /** Most precise UCDP where_prec among those rows. */
  wherePrec?: number;
}

export interface Gazetteer {
  /** Countries, governorates, districts, then locations; each level A–Z. */
  places: ImportedPlace[];
  /** The place each row names, by row id; undefined when the row names no place at all. */
  locationOf: Map<string, ImportedPlace>;
}

/** UCDP where_prec → place kind (codebook 19.1: 1 exact, 2 within 25 km of, 3 district, 4 province, 5 larger area, 6 country, 7 sea or air). */
const KIND_BY_PRECISION: Record<number, string> = {
  1: "locality",
  2: "locality",
  3: "district",
  4: "governorate",
  5: "area",
  6: "country",
  7: "international",
};
const LEVEL_ORDER: PlaceLevel[] = ["country", "governorate", "district", "location"];

export function buildGazetteer(rows: readonly UcdpRow[]): Gazetteer {
  const byKey = new Map<string, ImportedPlace>();
  const keyOf = new Map<ImportedPlace, string>();
  const ensure = (
    level: PlaceLevel,
    written: string,
    parent: ImportedPlace | undefined,
    kind: string,
  ): ImportedPlace => {
    const key = `${parent ? keyOf.get(parent) : ""}/${level}:${normalizeName(written)}`;
    let place = byKey.get(key);
    if (!place) {
      place = { level, written, name: written, id: "", kind, events: 0, ...(parent ? { parent } : {}) };
      byKey.set(key, place);
      keyOf.set(place, key);
    }
    return place;
  };

  const locationOf = new Map<string, ImportedPlace>();
  for (const row of rows) {
    const country = row.country ? ensure("country", row.country, undefined, "country") : undefined;
    const governorate = row.adm1 ? ensure("governorate", row.adm1, country, "governorate") : undefined;
    const district = row.adm2 ? ensure("district", row.adm2, governorate ?? country, "district") : undefined;
    const enclosing = district ?? governorate ?? country;
    const where = row.whereName;
    const own =
      where === undefined
        ? undefined
        : [district, governorate, country].find((unit) => unit && normalizeName(unit.written) === normalizeName(where));
    const place =
      where === undefined ? enclosing : (own ?? ensure("location", where, enclosing, kindFor(row.wherePrec)));
    if (!place) continue;
    locationOf.set(row.id, place);
    place.events++;
    if (row.wherePrec !== undefined && (place.wherePrec === undefined || row.wherePrec < place.wherePrec)) {
      place.wherePrec = row.wherePrec;
      if (place.level === "location") place.kind = kindFor(row.wherePrec);
    }
    if (!place.coordinates && validCoordinates(row.latitude, row.longitude))
      place.coordinates = [row.latitude!, row.longitude!];
  }

  const places = LEVEL_ORDER.flatMap((level) =>
    [...byKey.values()]
      .filter((p) => p.level === level)
      .sort((a, b) => a.written.localeCompare(b.written) || chain(a).localeCompare(chain(b))),
  );
  nameUniquely(places, (p) => p.level);
  const ids = assignIds(
    places.map((p) => p.name),
    "place",
  );
  places.forEach((place, i) => (place.id = ids[i]!));
  return { places, locationOf };
}

function kindFor(wherePrec: number | undefined): string {
  return (wherePrec !== undefined && KIND_BY_PRECISION[wherePrec]) || "locality";
}

function validCoordinates(lat: number | undefined, lon: number | undefined): boolean {
  return lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

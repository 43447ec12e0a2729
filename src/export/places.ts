// Where an event's first place lies, as the administrative columns of ACLED/UCDP-style tables: the
// country (the place of kind `country`), then the two levels below it that enclose the place.
import type { Entity, Model } from "../model/types.ts";
import { selfAndAncestors } from "../model/within.ts";

export interface PlaceColumns {
  country: string;
  admin1: string;
  admin2: string;
}

/** The place and every place enclosing it, outermost first (the walk up `within` never loops). */
export function placeChain(model: Model, id: string): Entity[] {
  const place = model.places.get(id);
  return place ? [...selfAndAncestors(place, model.places)].reverse() : [];
}

/**
 * Country, admin1, admin2 for a place (the last of `chain`): the country is the place of kind
 * `country` (the place itself when it is one); admin1 and admin2 are the places enclosing it below the
 * country, outermost first (without a country, from the outermost). The place itself is the location
 * column, so an importer reading these columns back rebuilds the same `within` chain.
 */
export function placeColumns(chain: readonly Entity[]): PlaceColumns {
  const countryAt = chain.findIndex((p) => p.category?.toLowerCase() === "country");
  const enclosing = chain.slice(countryAt + 1, -1);
  return {
    country: countryAt >= 0 ? chain[countryAt]!.name : "",
    admin1: enclosing[0]?.name ?? "",
    admin2: enclosing[1]?.name ?? "",
  };
}

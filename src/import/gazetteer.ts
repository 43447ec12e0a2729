// The places of an import from their chains (country › admin1 › admin2 › … › place): one place per
// distinct chain, each within its parent. A level whose name repeats its parent's (ACLED writes the
// row coded at a governorate as location Idlib in admin1 Idlib) is that place, as in the UCDP importer.
//
// Names must be unique per kind after normalisation, but gazetteers repeat names ("Hamra village" in
// two districts). The place with the most events keeps the name; each other place of that name is
// qualified with its enclosing places, innermost first: "Hamra village (Salamiyah district)".
import { normalizeName } from "../model/normalize.ts";
import { ancestors, chain, nameUniquely } from "./unique-names.ts";
import type { PlaceRef } from "./record.ts";
import { assignIds } from "./unique-ids.ts";

export interface GazetteerPlace {
  /** As the data writes it. */
  written: string;
  /** Display name, unique among the import's places after normalisation. */
  name: string;
  id: string;
  kind?: string;
  depth: number;
  parent?: GazetteerPlace;
  coordinates?: [number, number];
  /** Events naming it directly. */
  events: number;
}

/** A reference that gives only a name. */
export function isBare(ref: PlaceRef): boolean {
  return ref.chain.length === 1 && ref.chain[0]!.kind === undefined;
}

export class Gazetteer {
  private readonly byKey = new Map<string, GazetteerPlace>();
  private readonly keyOf = new Map<GazetteerPlace, string>();
  private finished = false;

  /** The place a reference names, creating it and its ancestors. Call for every reference, then finish(). */
  add(ref: PlaceRef): GazetteerPlace {
    if (this.finished) throw new Error("Gazetteer: add() after finish()");
    let parent: GazetteerPlace | undefined;
    for (const level of ref.chain) {
      // A level named like an enclosing one is that place (the data coded the row at that level).
      const own = [parent, ...(parent ? ancestors(parent) : [])].find(
        (up) => up && normalizeName(up.written) === normalizeName(level.name),
      );
      if (own) {
        parent = own;
        continue;
      }
      const key = `${parent ? this.keyOf.get(parent) : ""}/${normalizeName(level.name)}`;
      let place = this.byKey.get(key);
      if (!place) {
        place = {
          written: level.name,
          name: level.name,
          id: "",
          depth: parent ? parent.depth + 1 : 0,
          events: 0,
          ...(parent ? { parent } : {}),
        };
        this.byKey.set(key, place);
        this.keyOf.set(place, key);
      }
      if (!place.kind && level.kind) place.kind = level.kind;
      parent = place;
    }
    if (!parent) throw new Error("Gazetteer: a place reference needs at least one level");
    parent.events++;
    if (!parent.coordinates && ref.coordinates) parent.coordinates = ref.coordinates;
    return parent;
  }

  /**
   * A place given by name alone (no enclosing places, no kind): the place of that name the import
   * already has, the one with the most events if several, else a new place. Call after add() for
   * every reference that has a chain, so a second location column finds the place the first one placed.
   */
  addBare(ref: PlaceRef): GazetteerPlace {
    const key = normalizeName(ref.chain[0]!.name);
    let best: GazetteerPlace | undefined;
    for (const place of this.byKey.values()) {
      if (normalizeName(place.written) === key && (!best || place.events > best.events)) best = place;
    }
    if (!best) return this.add(ref);
    best.events++;
    if (!best.coordinates && ref.coordinates) best.coordinates = ref.coordinates;
    return best;
  }

  /** Names every place uniquely and gives it an id (`preferredIds` by normalised name); returns them parents first, each depth A–Z. */
  finish(preferredIds?: ReadonlyMap<string, string>): GazetteerPlace[] {
    this.finished = true;
    const places = [...this.byKey.values()].sort(
      (a, b) => a.depth - b.depth || a.written.localeCompare(b.written) || chain(a).localeCompare(chain(b)),
    );
    nameUniquely(places, (p) => p.depth);
    const ids = assignIds(
      places.map((p) => p.name),
      "place",
      places.map((p) => preferredIds?.get(normalizeName(p.name))),
    );
    places.forEach((place, i) => (place.id = ids[i]!));
    return places;
  }
}

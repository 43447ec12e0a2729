// The words entity pages and indexes use for each kind, in one place.
import type { EntityKind } from "../src/model/types.ts";
import type { Section } from "./site-header.ts";

export interface KindLabels {
  /** "Place": a label, capitalised. */
  one: string;
  /** "Places": the section and index title. */
  many: string;
  /** "place", "places": in running text. */
  word: string;
  words: string;
  section: Section;
}

export const KIND_NAME: Record<EntityKind, KindLabels> = {
  place: { one: "Place", many: "Places", word: "place", words: "places", section: "places" },
  actor: { one: "Actor", many: "Actors", word: "actor", words: "actors", section: "actors" },
  figure: { one: "Figure", many: "Figures", word: "figure", words: "figures", section: "figures" },
};

/** A free category word from content, for display: `border-crossing` → `border crossing`. */
export function categoryText(category: string | undefined): string | undefined {
  const text = category?.replace(/[-_]+/g, " ").trim();
  return text || undefined;
}

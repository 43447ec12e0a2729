// The noun of each kind of entity in diagnostics and command output, which speak English to editors
// ("matches no place file", "3 places created"). Readers' words are in the message catalogs
// (src/site/messages/), and the table of kinds (src/model/entity-kinds.ts) names only their keys.
import type { PluralForms } from "../markup/plural.ts";
import type { PerKind } from "./entity-kinds.ts";

export const EDITOR_NOUN: PerKind<PluralForms> = {
  place: { one: "place", other: "places" },
  actor: { one: "actor", other: "actors" },
  figure: { one: "figure", other: "figures" },
};

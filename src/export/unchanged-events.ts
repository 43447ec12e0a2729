// Which events' export blocks read as the last build wrote them, so a build with its cache may copy them
// (src/export/write-exports.ts). Besides its own data, a block shows only the names of the places, actors
// and figures the event names, its places' coordinates and the places enclosing them (the CSV's country
// and admin columns), and the site's settings (src/export/record.ts, csv.ts, geojson.ts, timelinejs.ts).
import { ENTITY_KINDS, entitiesOf, idsOf } from "../model/entity-kinds.ts";
import { sameValue } from "../model/same-value.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { carriesLanguages } from "./languages.ts";
import { placeChain } from "./places.ts";

/** Whether an event of `after` has the blocks it had in the exports of `before`. */
export function unchangedEvents(before: Model, after: Model): (event: TimelineEvent) => boolean {
  if (
    JSON.stringify(before.site) !== JSON.stringify(after.site) ||
    carriesLanguages(before) !== carriesLanguages(after)
  )
    return () => false;
  const changed = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    const [was, now] = [entitiesOf(before, kind), entitiesOf(after, kind)];
    for (const [id, entity] of now) {
      const old = was.get(id);
      if (!old || !sameValue(old, entity)) changed.add(`${kind} ${id}`);
    }
    for (const id of was.keys()) if (!now.has(id)) changed.add(`${kind} ${id}`);
  }
  const beforeEvents = new Map(before.events.map((event) => [event.id, event]));
  // Asked once for each of the four exports: compared once.
  const answers = new Map<string, boolean>();
  return (event) => {
    let answer = answers.get(event.id);
    if (answer === undefined) answers.set(event.id, (answer = compare(event)));
    return answer;
  };
  function compare(event: TimelineEvent): boolean {
    const old = beforeEvents.get(event.id);
    if (!old || !sameValue(old, event)) return false;
    for (const kind of ENTITY_KINDS) {
      for (const id of idsOf(event, kind)) {
        if (changed.has(`${kind} ${id}`)) return false;
        // A place moved under another, or an enclosing place renamed, changes the admin columns: every
        // place that moved is itself changed, and lies on the chain as it is now.
        if (kind === "place" && placeChain(after, id).some((place) => changed.has(`place ${place.id}`))) return false;
      }
    }
    return true;
  }
}

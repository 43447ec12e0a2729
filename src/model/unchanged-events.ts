// Which events read as they did in the model a cached site was made from. What a build shows of an event
// (its search records in every edition, its blocks in the data exports) depends, besides its own data (its
// translations among them), only on the entities it names with every entity enclosing them (names,
// aliases, translations, coordinates: the CSV's admin columns, the search filters of enclosing places and
// forces) and on the site's settings. The build uses it to keep the search parts and export blocks of
// unchanged events (src/build-from-cache.ts); pages show more (neighbours, counts) and are compared as
// site data instead (src/site/affected-pages.ts).
import { ENTITY_KIND, ENTITY_KINDS, entitiesOf, idsOf } from "./entity-kinds.ts";
import { sameValue } from "./same-value.ts";
import type { Model, TimelineEvent } from "./types.ts";
import { selfAndAncestors } from "./within.ts";

/** Whether an event of `after` reads as it did in `before`; asked many times, each event compared once. */
export function unchangedEvents(before: Model, after: Model): (event: TimelineEvent) => boolean {
  if (JSON.stringify(before.site) !== JSON.stringify(after.site)) return () => false;
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
  // An entity moved under another changed itself, and lies on the chain as it is now: the chain in
  // `after` is enough.
  const named = (event: TimelineEvent) =>
    ENTITY_KINDS.every((kind) =>
      idsOf(event, kind).every((id) => {
        if (changed.has(`${kind} ${id}`)) return false;
        const entity = entitiesOf(after, kind).get(id);
        if (!ENTITY_KIND[kind].within || !entity) return true;
        for (const enclosing of selfAndAncestors(entity, entitiesOf(after, kind)))
          if (changed.has(`${kind} ${enclosing.id}`)) return false;
        return true;
      }),
    );
  const answers = new Map<string, boolean>();
  return (event) => {
    let answer = answers.get(event.id);
    if (answer === undefined) {
      const old = beforeEvents.get(event.id);
      answer = old !== undefined && sameValue(old, event) && named(event);
      answers.set(event.id, answer);
    }
    return answer;
  };
}

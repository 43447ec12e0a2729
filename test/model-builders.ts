// Builders for hand-made models in tests: every field an event or entity needs, overridable.
import { parseDate, type CalendarDate } from "../src/content/dates.ts";
import type { Entity, EntityKind, TimelineEvent } from "../src/model/types.ts";
import { readBody } from "../src/site/markdown.ts";

export function calendarDate(text: string): CalendarDate {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** An event as the loader would make it; its body HTML is rendered from `body` unless given. */
export function makeEvent(fields: Partial<TimelineEvent> & Pick<TimelineEvent, "id" | "title" | "date">): TimelineEvent {
  return {
    bodyHtml: readBody(fields.body ?? "").html,
    file: `content/events/${fields.id}.md`,
    circa: false,
    places: [],
    actors: [],
    figures: [],
    counts: [],
    tags: [],
    summary: "",
    sources: [],
    draft: false,
    body: "",
    bodyLine: 5,
    ...fields,
  };
}

export function makeEntity(kind: EntityKind, id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return { kind, id, name, aliases: [], description: "", implicit: false, affiliations: [], file: `content/${kind}s/${id}.md`, ...extra };
}

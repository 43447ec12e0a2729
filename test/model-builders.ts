// Builders for hand-made models in tests: every field an event or entity needs, overridable.
import { toEditions } from "../src/content/editions.ts";
import { parseDate, type CalendarDate } from "../src/model/calendar.ts";
import type { Entity, EntityKind, Model, SiteConfig, TimelineEvent } from "../src/model/types.ts";
import { readBody } from "../src/markup/markdown.ts";

/** A single-language site's settings, as site.yml without `editions` gives them. */
export function makeSite(fields: Partial<Omit<SiteConfig, "editions">> = {}): SiteConfig {
  const { title = "Border Timeline", description = "Events at the border.", baseUrl = "", language = "en" } = fields;
  const editions = toEditions({ title, description, language, editions: [] });
  return { title, description, baseUrl, language, editions };
}

/** A small English site holding these entities and events, the events sorted as the loader sorts them. */
export function makeModel(
  events: readonly TimelineEvent[],
  entities: { places?: Entity[]; actors?: Entity[]; figures?: Entity[] } = {},
): Model {
  const byId = (list: Entity[] = []) => new Map(list.map((x) => [x.id, x]));
  return {
    site: makeSite(),
    events: [...events].sort((a, b) => a.date.text.localeCompare(b.date.text) || a.id.localeCompare(b.id)),
    places: byId(entities.places),
    actors: byId(entities.actors),
    figures: byId(entities.figures),
  };
}

export function calendarDate(text: string): CalendarDate {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** An event as the loader would make it; its body HTML is rendered from `body` unless given. */
export function makeEvent(
  fields: Partial<TimelineEvent> & Pick<TimelineEvent, "id" | "title" | "date">,
): TimelineEvent {
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
    lang: "en",
    translations: {},
    ...fields,
  };
}

/** An entity as the loader would make it; its description's HTML and first paragraph come from `description`. */
export function makeEntity(kind: EntityKind, id: string, name: string, extra: Partial<Entity> = {}): Entity {
  const read = readBody(extra.description ?? "");
  return {
    kind,
    id,
    name,
    aliases: [],
    description: "",
    descriptionHtml: read.html,
    descriptionFirstParagraph: read.firstParagraph,
    implicit: false,
    affiliations: [],
    file: `content/${kind}s/${id}.md`,
    lang: "en",
    translations: {},
    ...extra,
  };
}

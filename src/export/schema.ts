// The JSON Schema (draft 2020-12) of /data/events.json, published beside it as /data/events.schema.json.
// Kept by hand next to record.ts and json.ts; test/export.test.ts validates a built export against it
// with an independent validator, so the two cannot drift apart unnoticed.
import { siteUrl } from "../feeds/site-url.ts";
import type { SiteConfig } from "../model/types.ts";
import { dataPaths } from "./paths.ts";

const dateValue = {
  type: "object",
  description: "A calendar date at the precision it was written with (never shifted into a time zone).",
  required: ["value", "precision"],
  additionalProperties: false,
  properties: {
    value: {
      type: "string",
      description:
        "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM (local time of the place) or with an offset: YYYY-MM-DDTHH:MM+HH:MM or Z.",
      pattern: "^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?)?)?$",
    },
    precision: { enum: ["year", "month", "day", "minute"] },
  },
} as const;

const entity = {
  type: "object",
  required: ["id", "name"],
  additionalProperties: false,
  properties: {
    id: {
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: "Permanent id: the entity's page is /<places|actors|figures>/<id>/.",
    },
    name: { type: "string" },
  },
} as const;

const source = {
  type: "object",
  description: "A cited report: at least a url or a title.",
  anyOf: [
    { properties: { url: { type: "string" } }, required: ["url"] },
    { properties: { title: { type: "string" } }, required: ["title"] },
  ],
  additionalProperties: false,
  properties: {
    url: { type: "string", format: "uri" },
    title: { type: "string" },
    publisher: { type: "string" },
    date: { type: "string", description: "Publication date, written like an event date." },
    archive: { type: "string", format: "uri" },
    lang: { type: "string", description: "BCP 47 language of the title, when it is not the event's." },
  },
} as const;

/** Only in a document that carries languages (src/export/languages.ts). */
const languageTag = {
  type: "string",
  description: "A BCP 47 language tag: ar, ckb, en-GB.",
  pattern: "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$",
} as const;

const translation = {
  type: "object",
  description: "The event's words in another language; everything else is the event's own.",
  required: ["title", "summary", "updated"],
  additionalProperties: false,
  properties: {
    title: { type: "string", minLength: 1 },
    summary: {
      type: "string",
      description: "Plain text: the translation's summary, else its body's first paragraph; empty when not translated.",
    },
    updated: {
      anyOf: [{ $ref: "#/$defs/dateValue" }, { type: "null" }],
      description: "When the translation last followed the event.",
    },
  },
} as const;

/** Put in an object only when `when` holds: a single-language site's schema stays exactly as it was. */
const only = <T extends object>(when: boolean, value: T): T | Record<string, never> => (when ? value : {});

/**
 * `site` gives the schema its `$id` (its published address) when the base URL is known. `languages`: the
 * document names the site's language, and each event its language and translations.
 */
export function eventsSchema(site: Pick<SiteConfig, "baseUrl">, languages = false): object {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...(site.baseUrl ? { $id: siteUrl(site, dataPaths.schema()) } : {}),
    title: "Dateline events export",
    description: "Every published event of a Dateline timeline, oldest first.",
    type: "object",
    required: ["title", ...(languages ? ["language"] : []), "base_url", "count", "events"],
    properties: {
      $schema: { type: "string" },
      title: { type: "string" },
      description: { type: "string" },
      ...only(languages, { language: { ...languageTag, description: "The language of every event not in another." } }),
      base_url: {
        type: "string",
        description: "The site's absolute URL, or empty when the build had none (urls are then root-relative).",
      },
      note: { type: "string" },
      count: { type: "integer", minimum: 0 },
      events: { type: "array", items: { $ref: "#/$defs/event" } },
    },
    $defs: {
      dateValue,
      entity,
      source,
      ...only(languages, { translation }),
      event: {
        type: "object",
        required: [
          "id",
          ...(languages ? ["lang"] : []),
          "title",
          "summary",
          ...(languages ? ["translations"] : []),
          "date",
          "end",
          "circa",
          "date_display",
          "updated",
          "places",
          "actors",
          "figures",
          "counts",
          "tags",
          "sources",
          "url",
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: "string",
            pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
            description: "Permanent id; the event's page is /events/<id>/.",
          },
          ...only(languages, { lang: { ...languageTag, description: "The language the event is written in." } }),
          title: { type: "string", minLength: 1 },
          summary: {
            type: "string",
            description: "Plain text: the summary field, else the first paragraph of the body.",
          },
          ...only(languages, {
            translations: {
              type: "object",
              description: "The event's title and summary in other languages, by language.",
              propertyNames: languageTag,
              additionalProperties: { $ref: "#/$defs/translation" },
            },
          }),
          date: { $ref: "#/$defs/dateValue", description: "When it happened, or began." },
          end: { anyOf: [{ $ref: "#/$defs/dateValue" }, { type: "null" }], description: "When it ended." },
          circa: { type: "boolean", description: "The date is approximate." },
          date_display: { type: "string", description: 'The date as the site shows it, e.g. "c. 8–12 December 2024".' },
          updated: { anyOf: [{ $ref: "#/$defs/dateValue" }, { type: "null" }], description: "Last correction." },
          places: { type: "array", items: { $ref: "#/$defs/entity" } },
          actors: { type: "array", items: { $ref: "#/$defs/entity" } },
          figures: { type: "array", items: { $ref: "#/$defs/entity" } },
          counts: {
            type: "object",
            additionalProperties: { type: "number", minimum: 0 },
            description: "Figures reported by the sources, by label.",
          },
          tags: { type: "array", items: { type: "string" } },
          sources: { type: "array", items: { $ref: "#/$defs/source" } },
          url: { type: "string", description: "The event's page: absolute, or root-relative when base_url is empty." },
        },
      },
    },
  };
}

export function eventsSchemaJson(site: Pick<SiteConfig, "baseUrl">, languages = false): string {
  return `${JSON.stringify(eventsSchema(site, languages), null, 2)}\n`;
}

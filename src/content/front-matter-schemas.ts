// A JSON Schema of each kind of content file's front matter, made from the zod schemas that `check`
// applies (src/content/schema.ts), so the two cannot drift apart: editors' tools and the web editor read
// them to offer the keys and flag a misspelt one while typing. Published with the site at /schemas/.
// JSON Schema says less than `check`: the shapes, types, required keys and no other keys, not the
// references to places and actors or the rules written as code (a date that is not in the calendar).
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DATE_PATTERN } from "../model/calendar.ts";
import {
  actorSchema,
  actorTranslationSchema,
  DATE_INPUT,
  eventSchema,
  eventTranslationSchema,
  figureSchema,
  figureTranslationSchema,
  placeSchema,
  placeTranslationSchema,
  siteSchema,
} from "./schema.ts";

/** Where the schemas are published in the site. */
export const SCHEMAS_DIR = "schemas";

/** Each schema's file name in /schemas/, what it describes, and the zod schema it is made from. */
const FILES: [string, string, z.ZodObject][] = [
  ["event.json", "An event file (content/events/**/<id>.md)", eventSchema],
  ["place.json", "A place file (content/places/<id>.md)", placeSchema],
  ["actor.json", "An actor file (content/actors/<id>.md)", actorSchema],
  ["figure.json", "A figure file (content/figures/<id>.md)", figureSchema],
  ["site.json", "The site's settings (content/site.yml)", siteSchema],
  ["event-translation.json", "A translation of an event (<id>.<lang>.md)", eventTranslationSchema],
  ["place-translation.json", "A translation of a place (<id>.<lang>.md)", placeTranslationSchema],
  ["actor-translation.json", "A translation of an actor (<id>.<lang>.md)", actorTranslationSchema],
  ["figure-translation.json", "A translation of a figure (<id>.<lang>.md)", figureTranslationSchema],
];

const DATE_JSON = {
  description: "A date at its precision: 2024, 2024-12, 2024-12-19 or 2024-12-19T14:30+03:00",
  anyOf: [{ type: "string", pattern: DATE_PATTERN.source }, { type: "integer", minimum: 1000, maximum: 9999 }],
};

/** Every schema, by its file name in /schemas/. */
export function frontMatterSchemas(): Map<string, Record<string, unknown>> {
  return new Map(FILES.map(([file, title, schema]) => [file, toJsonSchema(schema, title)]));
}

/** Writes every schema into `<siteDir>/schemas/`. */
export async function writeFrontMatterSchemas(siteDir: string): Promise<void> {
  const dir = path.join(siteDir, SCHEMAS_DIR);
  await fs.mkdir(dir, { recursive: true });
  for (const [file, schema] of frontMatterSchemas())
    await fs.writeFile(path.join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
}

function toJsonSchema(schema: z.ZodObject, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    // Draft 7, the version editors' tools read (VS Code's YAML extension, remark-lint-frontmatter-schema).
    target: "draft-7",
    // Front matter as written, before check turns it into values.
    io: "input",
    override(ctx) {
      const def = ctx.zodSchema._zod.def;
      if (ctx.zodSchema === DATE_INPUT) Object.assign(ctx.jsonSchema, DATE_JSON);
      // A key check does not know is an error there, so an editor flags it too.
      if (def.type === "object") ctx.jsonSchema.additionalProperties = false;
    },
  }) as Record<string, unknown>;
  // A key is required when leaving it out is an error: a date, unlike a string, may be absent in zod's eyes.
  const required = Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
  return { ...json, title, required };
}

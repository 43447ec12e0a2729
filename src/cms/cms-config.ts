// The web editor's configuration (/admin/config.yml, read by Sveltia CMS), made from the zod schemas that
// `check` applies, so a field can never drift from what `check` accepts: every key of each schema has a
// widget below (TypeScript refuses a schema key without one), whether it is required comes from the schema
// itself, and the fields a translation may hold are the ones the translation schema names.
import type { z } from "zod";
import { DATE_PATTERN } from "../model/calendar.ts";
import { ENTITY_KIND, ENTITY_KINDS } from "../model/entity-kinds.ts";
import type { EntityKind, SiteConfig } from "../model/types.ts";
import {
  actorSchema,
  actorTranslationSchema,
  eventSchema,
  eventTranslationSchema,
  figureSchema,
  figureTranslationSchema,
  placeSchema,
  placeTranslationSchema,
} from "../content/schema.ts";

/**
 * The git host the published editor reads and writes through: a GitHub repository, its branch, and the
 * server editors sign in through when the site is not on Netlify. On the dev server the editor works on the
 * project's folder itself instead ("Work with Local Repository").
 */
export interface CmsBackend {
  repo: string;
  branch: string;
  authUrl?: string;
}

/** How one field is edited: its label, its widget and the widget's options. */
interface Widget {
  label: string;
  widget: string;
  hint?: string;
  [option: string]: unknown;
}

/** One field as Sveltia CMS reads it (the configuration format Decap CMS defined). */
export interface CmsField extends Widget {
  name: string;
  /** True, or the languages in which it must be filled in. */
  required?: boolean | string[];
  /**
   * On a site with editions: whether each language has its own value (translations hold only those);
   * `"duplicate"`: the original's value, copied into each language's file and not editable there.
   */
  i18n?: boolean | "duplicate";
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  path?: string;
  create: boolean;
  extension: "md";
  format: "frontmatter";
  identifier_field: string;
  summary?: string;
  i18n?: boolean;
  fields: CmsField[];
}

const DATE_HINT = "A date at its precision: 2024, 2024-12, 2024-12-19 or 2024-12-19T14:30+03:00";
const date = (label: string): Widget => ({
  label,
  widget: "string",
  pattern: [DATE_PATTERN.source, DATE_HINT],
  hint: DATE_HINT,
});
const slugPattern = ["^[a-z0-9]+(?:-[a-z0-9]+)*$", "a lower-case slug: a-z, 0-9 and single hyphens"];
const strings = (label: string, hint?: string): Widget => ({ label, widget: "list", ...(hint ? { hint } : {}) });

/** A relation to the files of one kind, found by typing any of their names or aliases. */
function pick(kind: EntityKind, label: string, multiple: boolean): Widget {
  return {
    label,
    widget: "relation",
    collection: ENTITY_KIND[kind].folder,
    value_field: "{{slug}}",
    search_fields: ["name", "aliases"],
    display_fields: ["name"],
    multiple,
  };
}

const ID: Widget = {
  label: "Id",
  widget: "string",
  pattern: slugPattern,
  hint: "Leave empty: the file name is the id. Set it only to keep an address when the file is renamed.",
};
const FORMER_IDS: Widget = {
  label: "Former ids",
  widget: "list",
  hint: "When you change the id, add the old one here: its published address then leads to the new one.",
  field: { name: "id", label: "Former id", widget: "string", pattern: slugPattern },
};
const LANG: Widget = {
  label: "Language of this file",
  widget: "string",
  hint: "Leave empty when it is written in the site's language (for example ar, ckb, tr)",
};
const UPDATED = date("Last corrected");
/**
 * A subfield of a translated list or object whose value is the original's in every language (a
 * correction's date): Sveltia copies it into each translation's file, where `check` accepts it only as
 * the original's. Its other subfields are typed in each language.
 */
const COPIED = "duplicate";

// One table per kind: every key its schema accepts, with the widget that edits it.
type Widgets<S extends z.ZodObject> = { [K in keyof S["shape"]]: Widget };

const EVENT: Widgets<typeof eventSchema> = {
  title: { label: "Title", widget: "string" },
  date: date("Date"),
  end: date("End date"),
  circa: { label: "Approximate date (circa)", widget: "boolean", default: false },
  location: pick("place", "Places", true),
  actors: pick("actor", "Actors", true),
  figures: pick("figure", "Figures", true),
  counts: { label: "Counts", widget: "keyvalue", key_label: "What was counted", value_label: "Number" },
  tags: strings("Tags", "Separated by commas"),
  summary: { label: "Summary", widget: "text" },
  sources: {
    label: "Sources",
    widget: "list",
    summary: "{{fields.title}} {{fields.url}}",
    fields: [
      { name: "url", label: "Address", widget: "string", required: false },
      { name: "title", label: "Title", widget: "string", required: false },
      { name: "publisher", label: "Publisher", widget: "string", required: false },
      { name: "date", ...date("Date"), required: false },
      { name: "archive", label: "Archived copy", widget: "string", required: false },
      { name: "lang", label: "Language of the title", widget: "string", required: false },
    ],
  },
  id: ID,
  former_ids: FORMER_IDS,
  draft: { label: "Draft (not published)", widget: "boolean", default: false },
  // In a translation, the reason and each correction's text are typed in its language; the dates are the
  // original's, copied in (COPIED).
  withdrawn: {
    label: "Withdrawn",
    widget: "object",
    hint: "Only to take back a published event: its page stays as a notice with the reason.",
    fields: [
      { name: "date", ...date("Withdrawn on"), i18n: COPIED },
      { name: "reason", label: "Reason", widget: "text" },
    ],
  },
  corrections: {
    label: "Corrections",
    widget: "list",
    hint: "What was corrected after publication, and when: shown on the event's page and on /corrections/. Add new ones at the end.",
    summary: "{{fields.date}} {{fields.text}}",
    fields: [
      { name: "date", ...date("Corrected on"), i18n: COPIED },
      { name: "text", label: "What was corrected", widget: "text" },
    ],
  },
  updated: UPDATED,
  lang: LANG,
};

const ENTITY_BASE = {
  name: { label: "Name", widget: "string" },
  aliases: strings("Other names", "Other spellings and names in any script, separated by commas"),
  id: ID,
  former_ids: FORMER_IDS,
  lang: LANG,
  updated: UPDATED,
} satisfies Record<string, Widget>;

const PLACE: Widgets<typeof placeSchema> = {
  ...ENTITY_BASE,
  kind: { label: "Kind", widget: "string", hint: "governorate, district, border crossing …" },
  within: pick("place", "Within", false),
  coordinates: {
    label: "Coordinates",
    widget: "list",
    hint: "Latitude, then longitude: 34.37, 41.09",
    field: { name: "value", label: "Degrees", widget: "number", value_type: "float" },
  },
};

const ACTOR: Widgets<typeof actorSchema> = {
  ...ENTITY_BASE,
  kind: { label: "Kind", widget: "string", hint: "armed group, government, force …" },
  within: pick("actor", "Part of", false),
};

const FIGURE: Widgets<typeof figureSchema> = {
  ...ENTITY_BASE,
  role: { label: "Role", widget: "string" },
  affiliations: pick("actor", "Affiliations", true),
};

/** What the editor edits of one kind of file: its schema, its translation's, a widget per key, the body's label. */
export interface KindSpec {
  schema: z.ZodObject;
  translation: z.ZodObject;
  widgets: Record<string, Widget>;
  body: string;
}

/** Each kind of content file the editor edits, by its folder in the content folder. */
export const CMS_KINDS: Record<"events" | "places" | "actors" | "figures", KindSpec> = {
  events: { schema: eventSchema, translation: eventTranslationSchema, widgets: EVENT, body: "Text" },
  places: { schema: placeSchema, translation: placeTranslationSchema, widgets: PLACE, body: "Description" },
  actors: { schema: actorSchema, translation: actorTranslationSchema, widgets: ACTOR, body: "Description" },
  figures: { schema: figureSchema, translation: figureTranslationSchema, widgets: FIGURE, body: "Description" },
};

/**
 * The fields of one kind: the schema's keys in its order, then the Markdown body. `original`: on a site with
 * editions, the default language, in which alone a required field must be filled in (a translation may
 * wait).
 */
export function cmsFields({ schema, translation, widgets, body }: KindSpec, original?: string): CmsField[] {
  const words = Object.keys(translation.shape);
  const fields = Object.entries(schema.shape).map(([name, type]): CmsField => {
    const widget = widgets[name];
    if (!widget) throw new Error(`the web editor has no widget for the field "${name}"`);
    // Required where leaving the key out is an error in `check`.
    const required = !(type as z.ZodType).safeParse(undefined).success;
    if (original === undefined) return { name, ...withSubfields(widget, undefined), required };
    const translated = words.includes(name);
    return {
      name,
      ...withSubfields(widget, translated ? original : undefined),
      required: required && translated ? [original] : required,
      i18n: translated,
    };
  });
  const text: CmsField = { name: "body", label: body, widget: "markdown", required: false };
  return [...fields, original === undefined ? text : { ...text, i18n: true }];
}

/**
 * A list's or object's subfields (`fields`) for one field. `original`: the field is translated and this is
 * the default language: each subfield is typed in every language but those copied from the original, and
 * required (when it is) in the original's language only, so that a translation may leave one untranslated
 * (Sveltia then leaves it out of the translation's file). Otherwise no subfield has a language of its own.
 */
function withSubfields(widget: Widget, original: string | undefined): Widget {
  const fields = widget.fields as CmsField[] | undefined;
  if (!Array.isArray(fields)) return widget;
  return {
    ...widget,
    fields: fields.map(({ i18n, ...field }) =>
      original === undefined
        ? field
        : { ...field, i18n: i18n === COPIED ? COPIED : true, required: field.required === false ? false : [original] },
    ),
  };
}

/** The CMS configuration for a site whose content folder is `contentFolder` (relative to the repository). */
export function cmsConfig(site: SiteConfig, contentFolder: string, backend: CmsBackend): Record<string, unknown> {
  const languages = site.editions.map((edition) => edition.lang);
  const translated = languages.length > 1;
  const folder = (name: string) => [contentFolder, name].filter((part) => part !== "" && part !== ".").join("/");
  const collection = (
    name: string,
    label: string,
    singular: string,
    spec: KindSpec,
    identifier: string,
  ): CmsCollection => ({
    name,
    label,
    label_singular: singular,
    folder: folder(name),
    create: true,
    extension: "md",
    format: "frontmatter",
    identifier_field: identifier,
    ...(translated ? { i18n: true } : {}),
    fields: cmsFields(spec, translated ? site.language : undefined),
  });
  const events: CmsCollection = {
    ...collection("events", "Events", "Event", CMS_KINDS.events, "title"),
    // New events go into a folder per year, as `npm run new` puts them; existing ones are read at any depth.
    path: "{{fields.date | date('YYYY')}}/{{slug}}",
    summary: "{{date}} · {{title}}",
  };
  const entities = ENTITY_KINDS.map((kind) => {
    const name = ENTITY_KIND[kind].folder as keyof typeof CMS_KINDS;
    return collection(name, ENTITY_LABELS[kind][0], ENTITY_LABELS[kind][1], CMS_KINDS[name], "name");
  });
  return {
    ...backendConfig(backend),
    // Content is text in git; no uploads.
    media_folder: folder("media"),
    publish_mode: "simple",
    // A field left empty is left out, as check wants it, not written as '' or [].
    output: { omit_empty_optional_fields: true },
    // File names from titles as ids are: lower-case ASCII with hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    ...(translated
      ? {
          i18n: {
            structure: "multiple_files",
            locales: languages,
            default_locale: site.language,
            omit_default_locale_from_file_path: true,
            // Only the languages an entry is written in are saved: a new event is no empty translation.
            save_all_locales: false,
            initial_locales: "default",
          },
        }
      : {}),
    collections: [events, ...entities],
  };
}

const ENTITY_LABELS: Record<EntityKind, [string, string]> = {
  place: ["Places", "Place"],
  actor: ["Actors", "Actor"],
  figure: ["Figures", "Figure"],
};

function backendConfig({ repo, branch, authUrl }: CmsBackend): Record<string, unknown> {
  return { backend: { name: "github", repo, branch, ...(authUrl ? { base_url: authUrl } : {}) } };
}

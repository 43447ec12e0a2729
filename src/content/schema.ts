// One zod schema per kind of content file. Values come out typed; problems come out as issues that
// validate.ts turns into diagnostics at the key or value they concern.
import { z } from "zod";
import { parseDate } from "../model/calendar.ts";
import { EDITION_KEYS, readCalendar, readDigits } from "./editions.ts";
import { readLanguageTag } from "./language-tags.ts";

/** Issues carry our rule id in `params.rule`; a plain type mismatch gets `field-type` later. */
function fail(ctx: z.RefinementCtx, rule: string, message: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message, params: { rule } });
  return z.NEVER;
}

const text = z.string().trim().refine((value) => value !== "", { message: "must not be empty", params: { rule: "field-empty" } });

/** What a date field accepts before it is read (src/content/front-matter-schemas.ts describes it by pattern). */
export const DATE_INPUT = z.unknown();

const dateValue = DATE_INPUT.transform((raw, ctx) => {
  const parsed = parseDate(raw);
  return parsed.ok ? parsed.value : fail(ctx, parsed.rule, parsed.message);
});

/** A reference or a list of them; a single reference may be written as a string. */
const references = z.union([text.transform((one) => [one]), z.array(text)]);

const slug = text.refine((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id), {
  message: "an id is a lower-case slug: a-z, 0-9 and single hyphens, for example al-qaim-crossing",
  params: { rule: "id-invalid" },
});

/** Only http(s) URLs reach a page: no javascript:, data: or file: links from content. */
export const webUrl = text.refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  { message: "must be a full http:// or https:// address", params: { rule: "url-invalid" } },
);

/** A BCP 47 tag, kept in Intl's canonical form (`EN-gb` → `en-GB`). */
const languageTag = text.transform((written, ctx) => {
  const read = readLanguageTag(written);
  return read.ok ? read.tag : fail(ctx, "language-invalid", read.message);
});

const source = z.union([
  webUrl.transform((url) => ({ url })),
  z
    .object({
      url: webUrl.optional(),
      title: text.optional(),
      publisher: text.optional(),
      date: dateValue.optional(),
      archive: webUrl.optional(),
      // The language of the title, when it is not the file's (an English report cited in an Arabic event).
      lang: languageTag.optional(),
    })
    .refine((s) => s.url !== undefined || s.title !== undefined, {
      message: "a source needs at least a url or a title",
      params: { rule: "source-empty" },
    }),
]);

const count = z.number().finite().nonnegative();

const digits = text.transform((written, ctx) => {
  const read = readDigits(written);
  return read.ok ? read.value : fail(ctx, "digits-unknown", read.message);
});

const calendar = text.transform((written, ctx) => {
  const read = readCalendar(written);
  return read.ok ? read.value : fail(ctx, "calendar-unknown", read.message);
});

export const eventSchema = z.object({
  title: text,
  date: dateValue,
  end: dateValue.optional(),
  circa: z.boolean().default(false),
  location: references.default([]),
  actors: references.default([]),
  figures: references.default([]),
  counts: z.record(z.string().trim().min(1), count).default({}),
  tags: z.union([text.transform((one) => [one]), z.array(text)]).default([]),
  summary: text.optional(),
  sources: z.array(source).optional(),
  id: slug.optional(),
  // Ids it was published under before a rename: each old URL redirects to the current one.
  former_ids: z.array(slug).default([]),
  draft: z.boolean().default(false),
  // Taken back after publication: the page stays as a notice, out of every list, count, feed and search.
  withdrawn: z.object({ date: dateValue, reason: text }).optional(),
  // What was corrected after publication, and when: shown on the page, on /corrections/ and in its feed.
  corrections: z.array(z.object({ date: dateValue, text })).default([]),
  updated: dateValue.optional(),
  lang: languageTag.optional(),
});

const entityBase = {
  name: text,
  aliases: z.array(text).default([]),
  id: slug.optional(),
  former_ids: z.array(slug).default([]),
  lang: languageTag.optional(),
  // When the description was last corrected: a translation older than this is reported as stale.
  updated: dateValue.optional(),
};

const coordinates = z
  .tuple([z.number(), z.number()])
  .refine(([lat, lon]) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180, {
    message: "coordinates are [latitude, longitude]: latitude within ±90, longitude within ±180",
    params: { rule: "coordinates-range" },
  });

export const placeSchema = z.object({ ...entityBase, kind: text.optional(), within: text.optional(), coordinates: coordinates.optional() });
export const actorSchema = z.object({ ...entityBase, kind: text.optional(), within: text.optional() });
export const figureSchema = z.object({ ...entityBase, role: text.optional(), affiliations: references.default([]) });

/** A further edition: its language alone (`ar`), or the language with how it is shown. */
const edition = z.union([
  languageTag.transform((lang) => ({ lang })),
  z.object({
    lang: languageTag,
    locale: languageTag.optional(),
    digits: digits.optional(),
    calendar: calendar.optional(),
    title: text.optional(),
    description: z.string().trim().optional(),
  }),
]);

/** The web editor's git host for the published /admin/ (src/cms/): a GitHub repository. */
const cms = z.object({
  repo: text.refine((repo) => /^[\w.-]+\/[\w.-]+$/.test(repo), {
    message: "must be the repository as owner/name, for example newsroom/timeline",
    params: { rule: "field-invalid" },
  }),
  branch: text.default("main"),
  // The OAuth server the editor signs in through (Decap's base_url), when the site is not on Netlify.
  authUrl: webUrl.optional(),
});

export const siteSchema = z.object({
  title: text.default("Timeline"),
  description: z.string().trim().default(""),
  baseUrl: z.union([z.literal(""), webUrl]).default("").transform((url) => url.replace(/\/+$/, "")),
  language: languageTag.default("en"),
  // The default language's own locale, digits and calendar; editions list the further languages.
  locale: languageTag.optional(),
  digits: digits.optional(),
  calendar: calendar.optional(),
  editions: z.array(edition).default([]),
  cms: cms.optional(),
});

/**
 * Translations (`<name>.<lang>.md`) hold words only; every other field comes from the original. `lang`
 * may repeat the file name's language; `updated` says when the translation last followed its original.
 */
const translationBase = { lang: languageTag.optional(), updated: dateValue.optional() };
/**
 * An event's corrections and withdrawal in a translation: their words, matched to the original's by position
 * (src/content/translations.ts). `date` may repeat the original's, as the web editor copies it into each
 * language's file, and nothing else; an item without `text` (or a withdrawal without `reason`) is not
 * translated yet, as the web editor writes one the original gained since.
 */
const translatedCorrection = z.object({ date: dateValue.optional(), text: text.optional() });
const translatedWithdrawal = z.object({ date: dateValue.optional(), reason: text.optional() });
export const eventTranslationSchema = z.object({
  title: text,
  summary: text.optional(),
  withdrawn: translatedWithdrawal.optional(),
  corrections: z.array(translatedCorrection).default([]),
  ...translationBase,
});
const entityTranslationBase = { name: text, aliases: z.array(text).default([]), ...translationBase };
export const placeTranslationSchema = z.object(entityTranslationBase);
export const actorTranslationSchema = z.object(entityTranslationBase);
export const figureTranslationSchema = z.object({ ...entityTranslationBase, role: text.optional() });

export type EventFields = z.output<typeof eventSchema>;
export type PlaceFields = z.output<typeof placeSchema>;
export type ActorFields = z.output<typeof actorSchema>;
export type FigureFields = z.output<typeof figureSchema>;
export type SiteFields = z.output<typeof siteSchema>;
export type EventTranslationFields = z.output<typeof eventTranslationSchema>;
export type EntityTranslationFields = z.output<typeof figureTranslationSchema>;

/** Keys each kind accepts; anything else is an error naming the closest of these. */
export const KNOWN_KEYS = {
  event: Object.keys(eventSchema.shape),
  place: Object.keys(placeSchema.shape),
  actor: Object.keys(actorSchema.shape),
  figure: Object.keys(figureSchema.shape),
  site: Object.keys(siteSchema.shape),
  source: ["url", "title", "publisher", "date", "archive", "lang"],
  withdrawn: ["date", "reason"],
  correction: ["date", "text"],
  edition: EDITION_KEYS,
  cms: Object.keys(cms.shape),
} as const;

/** Keys a translation of each kind accepts. */
export const TRANSLATION_KEYS = {
  event: Object.keys(eventTranslationSchema.shape),
  place: Object.keys(placeTranslationSchema.shape),
  actor: Object.keys(actorTranslationSchema.shape),
  figure: Object.keys(figureTranslationSchema.shape),
} as const;

/** Keys of the mappings inside a translation's fields, by field (an event's `corrections` and `withdrawn`). */
export const TRANSLATION_NESTED_KEYS = {
  event: { withdrawn: Object.keys(translatedWithdrawal.shape), corrections: Object.keys(translatedCorrection.shape) },
} as const;

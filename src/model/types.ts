// The typed model every stage after loading works on. Nothing here holds raw front matter.
import type { CalendarDate } from "./calendar.ts";

export type EntityKind = "place" | "actor" | "figure";

/** Where a definition came from, for diagnostics that point back at the file. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

export interface Source {
  url?: string;
  title?: string;
  publisher?: string;
  date?: CalendarDate;
  archive?: string;
  /** The title's language when it is not the event file's (`lang:`). */
  lang?: string;
}

export interface Correction {
  date: CalendarDate;
  /** What was corrected, as plain text. */
  text: string;
  /**
   * The language `text` is in, set by an edition's view of the model (src/site/localize.ts): a
   * translation's, or the event file's when the correction is not translated. Absent: the event file's.
   */
  lang?: string;
}

/** Why and when a published event was taken back (`withdrawn:`). */
export interface Withdrawal {
  date: CalendarDate;
  reason: string;
  /** The language `reason` is in, as for a correction's `lang`. Absent: the event file's. */
  lang?: string;
}

export interface Count {
  label: string;
  value: number;
}

export interface TimelineEvent {
  id: string;
  /** Path of the source file relative to the working directory. */
  file: string;
  title: string;
  date: CalendarDate;
  end?: CalendarDate;
  circa: boolean;
  /** Resolved entity ids, in the order the editor wrote them, without duplicates. */
  places: string[];
  actors: string[];
  figures: string[];
  counts: Count[];
  tags: string[];
  /** Plain text: the `summary` field, else the first paragraph of the body. */
  summary: string;
  sources: Source[];
  draft: boolean;
  updated?: CalendarDate;
  /** Ids it was published under before (`former_ids`); each old URL redirects to its page. Absent when none. */
  formerIds?: string[];
  /** Taken back after publication (`withdrawn:`): its page is a notice, and it is in no list, count or feed. */
  withdrawn?: Withdrawal;
  /** Corrections made after publication, oldest first. Absent when none. */
  corrections?: Correction[];
  /** Markdown source of the body, rendered only by src/markup/markdown.ts. */
  body: string;
  /** The body rendered to page HTML once, at load (src/markup/markdown.ts readBody); pages and search reuse it. */
  bodyHtml: string;
  /** 1-based line of the first body line in the file, for diagnostics about the body. */
  bodyLine: number;
  /** BCP 47 language the file is written in: its `lang:`, else the site's language. */
  lang: string;
  /** Translations beside the file (`<name>.<lang>.md`), by language; words only, the rest is this event's. */
  translations: Readonly<Record<string, EventTranslation>>;
}

/**
 * An event's words in another language. A part left empty is not translated: show the original's,
 * marked with its language, never nothing (the summary is empty when neither summary nor body is given).
 */
export interface EventTranslation {
  lang: string;
  /** The translation's file, for diagnostics. */
  file: string;
  title: string;
  /** Plain text: the translation's `summary`, else the first paragraph of its body; empty without both. */
  summary: string;
  /** Markdown of the translated body; empty when the body is not translated. */
  body: string;
  /** The translated body rendered once, at load, like the original's. */
  bodyHtml: string;
  bodyLine: number;
  /** When the translation was last brought up to date with its original. */
  updated?: CalendarDate;
  /**
   * The texts of the original's corrections in this language, at the positions of the event's
   * `corrections` (oldest first); a hole where one is not translated. Absent when none is.
   */
  corrections?: (string | undefined)[];
  /** Why the event was withdrawn, in this language; absent when not translated. */
  withdrawnReason?: string;
}

export interface Entity {
  kind: EntityKind;
  id: string;
  /** Ids it was published under before (`former_ids`); each old URL redirects to its page. Absent when none. */
  formerIds?: string[];
  name: string;
  aliases: string[];
  /** Markdown description (the entity file's body); empty for implicit entities. */
  description: string;
  /** The description rendered to page HTML once, at load (src/markup/markdown.ts readBody). */
  descriptionHtml: string;
  /** The description's first paragraph as plain text, from the same parse; empty without one. */
  descriptionFirstParagraph: string;
  /** The file that defines it; undefined for an implicit entity created by a reference. */
  file?: string;
  implicit: boolean;
  /** Free word from the file: `country`, `armed-group` … (places and actors). */
  category?: string;
  /** Id of the enclosing place or parent actor. */
  within?: string;
  /** `[latitude, longitude]` in decimal degrees (places). */
  coordinates?: [number, number];
  /** Short description of a figure's role. */
  role?: string;
  /** Actor ids a figure is affiliated with. */
  affiliations: string[];
  /** When the description was last corrected (`updated:`). */
  updated?: CalendarDate;
  /**
   * Language of the name and description: the file's `lang:`, else the site's; for an implicit entity,
   * the language of the file that first named it.
   */
  lang: string;
  /** Translations beside the file, by language; their names and aliases resolve references too. */
  translations: Readonly<Record<string, EntityTranslation>>;
}

/** An entity's words in another language; an empty description is not translated (show the original's, marked). */
export interface EntityTranslation {
  lang: string;
  file: string;
  name: string;
  aliases: string[];
  description: string;
  descriptionHtml: string;
  descriptionFirstParagraph: string;
  /** A figure's role in this language. */
  role?: string;
  updated?: CalendarDate;
}

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute base URL for feeds and canonical links, without a trailing slash; empty when unknown. */
  baseUrl: string;
  /** BCP 47 language of the site's own text (dates, labels): the default edition's. */
  language: string;
  /** Every language edition, the default first (prefix ""); a single-language site has exactly one. */
  editions: readonly Edition[];
  /** Where the published web editor (/admin/) saves: absent, no editor is published. */
  cms?: { repo: string; branch: string; authUrl?: string };
}

/** How an edition writes numbers: Latin digits 0–9 or Arabic-Indic ٠–٩ (Intl numbering systems). */
export type Digits = "latn" | "arab";

/** One language edition: the default published at `/`, every other under its prefix with the same paths. */
export interface Edition {
  /** Canonical BCP 47 tag: `en`, `ar`, `ckb`, `pt-BR`. */
  lang: string;
  /** For dates, numbers and sorting: site.yml's `locale` (`ar-IQ`), else the language itself. */
  locale: string;
  /** Undefined: the locale's own digits. */
  digits?: Digits;
  /** An Intl calendar shown beside the Gregorian date (`islamic-umalqura`); undefined: the Gregorian alone. */
  calendar?: string;
  /** Writing direction of the language, from Intl. */
  direction: "ltr" | "rtl";
  /** "" for the default edition, else `/` and the tag in lower case (`/ar`, `/pt-br`); never a trailing slash. */
  prefix: string;
  /** The site's title and description in this language (the default edition always has them). */
  // Undefined: not translated; show the default edition's, marked with its language.
  title?: string;
  description?: string;
}

export interface Model {
  site: SiteConfig;
  /** Every event, drafts included, sorted as docs/content-format.md "Order on the timeline" says. */
  events: TimelineEvent[];
  places: Map<string, Entity>;
  actors: Map<string, Entity>;
  figures: Map<string, Entity>;
}

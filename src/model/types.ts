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
  /** Markdown source of the body, rendered only by src/markup/markdown.ts. */
  body: string;
  /** The body rendered to page HTML once, at load (src/markup/markdown.ts readBody); pages and search reuse it. */
  bodyHtml: string;
  /** 1-based line of the first body line in the file, for diagnostics about the body. */
  bodyLine: number;
}

export interface Entity {
  kind: EntityKind;
  id: string;
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
}

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute base URL for feeds and canonical links, without a trailing slash; empty when unknown. */
  baseUrl: string;
  /** BCP 47 language of the site's own text (dates, labels). */
  language: string;
}

export interface Model {
  site: SiteConfig;
  /** Every event, drafts included, sorted as docs/content-format.md "Order on the timeline" says. */
  events: TimelineEvent[];
  places: Map<string, Entity>;
  actors: Map<string, Entity>;
  figures: Map<string, Entity>;
}

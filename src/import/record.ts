// The format-neutral shape every importer converts rows into, and the files an import plans to write.
import type { PerKind } from "../model/entity-kinds.ts";
import type { EntityKind } from "../model/types.ts";
import type { ContentFile } from "./write-content.ts";

export type ImportKind = "event" | EntityKind;

export interface PlaceLevel {
  /** As the data writes it. */
  name: string;
  /** Free word for the place file's `kind` (`country`, `district` …); none when the data does not say. */
  kind?: string;
}

export interface PlaceRef {
  /** Outermost first: country, admin1, admin2 …, the place itself last. Never empty. */
  chain: PlaceLevel[];
  /** Of the place itself (the last level), when the row gives valid ones. */
  coordinates?: [number, number];
}

export interface ImportedSource {
  url?: string;
  title?: string;
  publisher?: string;
  /** A date as content files write it. */
  date?: string;
}

/** An event's words in another language (our events.json carries them): a file beside the event. */
export interface ImportedTranslation {
  /** A canonical language tag. */
  lang: string;
  title: string;
  /** Markdown, already escaped, as an event's body is. */
  body?: string;
  /** A date as content files write it. */
  updated?: string;
}

/** One event from one row, already checked: the date is valid, the title is not empty. */
export interface ImportRecord {
  /** Where it came from, for messages: `row 12`. */
  origin: string;
  /** Permanent id when the data has one (already a slug); otherwise the planner derives one. */
  id?: string;
  title: string;
  date: string;
  end?: string;
  circa?: boolean;
  places: PlaceRef[];
  actors: string[];
  figures: string[];
  tags: string[];
  counts: [string, number][];
  summary?: string;
  /** Markdown, already escaped: data never becomes Markdown syntax. */
  body?: string;
  sources: ImportedSource[];
  updated?: string;
  /** The language the event is written in, when the data says it is not the site's. */
  lang?: string;
  translations?: ImportedTranslation[];
}

/** A file the import would write, with what reconciling it against existing content needs. */
export interface PlannedFile extends ContentFile {
  kind: ImportKind;
  id: string;
  /** A translation beside an event: its language, the event's id, and the event's `lang:` if it has one. */
  translation?: { lang: string; of: string; eventLang?: string };
  /** Entities: the name, then every alias; events: empty. */
  names: string[];
  /** Where it came from, for messages. */
  origin?: string;
}

/** Converters collect problems as warnings (with the row) instead of stopping at the first. */
export interface Converted {
  records: ImportRecord[];
  warnings: string[];
  /** Entity ids the data carries (our events.json), by kind and normalised name: kept when free. */
  entityIds?: PerKind<Map<string, string>>;
}

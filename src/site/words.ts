// Words the site shows for things that are not entities (each entity kind's words are in
// src/model/entity-kinds.ts), each in one place, ready to become keys of a message catalog per language.
import type { PluralForms } from "../markup/plural.ts";

/** "1 event", "12 events". */
export const EVENT_NOUN: PluralForms = { one: "event", other: "events" };

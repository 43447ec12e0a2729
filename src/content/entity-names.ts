// The names editors can pick from when they write an event: every place, actor and figure file's name
// and aliases (translations' included, so an Arabic or Kurdish spelling is found too), read from the
// entity files alone, without loading the events.
import type { EntityKind } from "../model/types.ts";
import { ENTITY_KINDS } from "../model/entity-kinds.ts";
import { listContentFiles } from "./files.ts";
import { parseContentFiles } from "./parse-files.ts";

export interface NamedEntity {
  /** The name the entity file gives: what a new event file names it by. */
  name: string;
  /** Every other spelling that names it: aliases, and the names and aliases of its translations. */
  aliases: string[];
}

/** Every entity file's names, per kind, in file order; files with errors are left out (check reports them). */
export async function entityNames(contentDir: string): Promise<Record<EntityKind, NamedEntity[]>> {
  const listed = await listContentFiles(contentDir);
  const isEntity = (kind: string): kind is EntityKind => (ENTITY_KINDS as readonly string[]).includes(kind);
  const originals = listed.files.filter((file) => isEntity(file.kind));
  const translations = listed.translations.filter((file) => isEntity(file.kind));
  const outcomes = await parseContentFiles([...originals, ...translations]);
  const names = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, [] as NamedEntity[]])) as Record<
    EntityKind,
    NamedEntity[]
  >;
  const byFile = new Map<string, NamedEntity>();
  for (const { parsed } of outcomes) {
    if (!parsed || !isEntity(parsed.kind)) continue;
    const fields = parsed.fields as { name: string; aliases: string[] };
    const entity = { name: fields.name, aliases: [...fields.aliases] };
    names[parsed.kind].push(entity);
    byFile.set(parsed.source.file, entity);
  }
  for (const { translated } of outcomes) {
    const original = translated && byFile.get(translated.source.translation.original);
    if (!original) continue;
    const fields = translated.fields as { name: string; aliases: string[] };
    original.aliases.push(fields.name, ...fields.aliases);
  }
  return names;
}

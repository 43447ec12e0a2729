// What a content folder already holds, as far as an import needs to know: every event id (to skip
// events already present) and every entity's id, name and aliases (to link to an existing place, actor
// or figure instead of writing a second file for it). Event files are only skimmed for an `id:` line,
// so re-importing into a folder of tens of thousands of events stays quick.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listContentFiles, type ContentFile } from "../content/files.ts";
import { parseContentFile } from "../content/parse-file.ts";
import { normalizeName } from "../model/normalize.ts";
import { isSlug, slugify } from "../model/slug.ts";
import { perKind, type PerKind } from "../model/entity-kinds.ts";
import type { EntityKind } from "../model/types.ts";

export interface ExistingEntities {
  /** Ids in use, whether or not the file parsed. */
  ids: Set<string>;
  /** Normalised name or alias → the entity's id and display name. */
  names: Map<string, { id: string; name: string }>;
}

export interface ExistingContent {
  eventIds: Set<string>;
  /** Paths relative to the content folder, forward slashes. */
  files: Set<string>;
  entities: PerKind<ExistingEntities>;
}

const BATCH = 64;

export function emptyContent(): ExistingContent {
  const none = (): ExistingEntities => ({ ids: new Set(), names: new Map() });
  return { eventIds: new Set(), files: new Set(), entities: perKind(none) };
}

/** The id a file gets from its name when it has no `id` field (as src/content/ids.ts derives it). */
function idFromFileName(file: string): string {
  const base = path.basename(file, ".md");
  return isSlug(base) ? base : slugify(base) || `file-${Buffer.from(base).toString("hex").slice(0, 12)}`;
}

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ID_LINE = /^id:[ \t]*(["']?)([a-z0-9-]+)\1[ \t]*(?:#.*)?$/m;

async function eventId(file: ContentFile): Promise<string> {
  const text = await readFile(file.absolutePath, "utf8").catch(() => "");
  const id = ID_LINE.exec(FRONT.exec(text)?.[1] ?? "")?.[2];
  return id ?? idFromFileName(file.absolutePath);
}

export async function scanContent(contentDir: string): Promise<ExistingContent> {
  const existing = emptyContent();
  const { files, translations } = await listContentFiles(contentDir);
  const root = path.resolve(contentDir);
  for (const file of files) existing.files.add(path.relative(root, file.absolutePath).split(path.sep).join("/"));

  const events = files.filter((f) => f.kind === "event");
  for (let i = 0; i < events.length; i += BATCH) {
    for (const id of await Promise.all(events.slice(i, i + BATCH).map(eventId))) existing.eventIds.add(id);
  }

  // Originals first, so a translation's names point at its original's id; a name in any language links.
  const idByFile = new Map<string, { id: string; name: string }>();
  const entityFiles = [...files, ...translations].filter((f) => f.kind !== "event");
  for (const file of entityFiles) {
    const kind = file.kind as EntityKind;
    const outcome = parseContentFile(file);
    type Names = { id?: string; name?: string; aliases?: string[] };
    const fields = (outcome.parsed ?? outcome.translated)?.fields as Names | undefined;
    const entities = existing.entities[kind];
    let owner: { id: string; name: string } | undefined;
    if (file.translation) {
      owner = idByFile.get(file.translation.original);
    } else {
      const id = fields?.id ?? idFromFileName(file.absolutePath);
      entities.ids.add(id);
      if (fields?.name) idByFile.set(file.file, (owner = { id, name: fields.name }));
    }
    if (!owner || !fields?.name) continue;
    for (const name of [fields.name, ...(fields.aliases ?? [])]) {
      const key = normalizeName(name);
      if (!entities.names.has(key)) entities.names.set(key, owner);
    }
  }
  return existing;
}

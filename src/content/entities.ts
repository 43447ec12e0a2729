// Entity files to entities: fields to the model, then `within` and `affiliations` resolved through the
// registry and `within` cycles reported (an event at a place counts for every place enclosing it).
import type { Diagnostic } from "../diagnostics.ts";
import type { DefinedEntity, Registry } from "../model/registry.ts";
import type { Entity, EntityKind, Origin } from "../model/types.ts";
import { selfAndAncestors } from "../model/within.ts";
import type { ParsedFile } from "./parse-file.ts";
import type { entityTranslations } from "./translations.ts";
import { LazyOrigin } from "./yaml.ts";

type EntityFile = Extract<ParsedFile, { kind: EntityKind }>;

/** `lang` is the file's language; `translated`, its checked translations (src/content/translations.ts). */
export function toDefinedEntity(
  parsed: EntityFile,
  id: string,
  lang: string,
  translated: ReturnType<typeof entityTranslations>,
): DefinedEntity {
  const { fields, yaml, source } = parsed;
  const at = (path: PropertyKey[]) => new LazyOrigin(source.file, yaml, path);
  const entity: Entity = {
    kind: parsed.kind,
    id,
    name: fields.name,
    aliases: fields.aliases,
    description: parsed.body,
    descriptionHtml: parsed.read.html,
    descriptionFirstParagraph: parsed.read.firstParagraph,
    file: source.file,
    implicit: false,
    affiliations: [],
    lang,
    translations: translated.translations,
  };
  if (parsed.kind === "place" || parsed.kind === "actor") entity.category = parsed.fields.kind;
  if (parsed.kind === "place" && parsed.fields.coordinates) entity.coordinates = parsed.fields.coordinates;
  if (parsed.kind === "figure" && parsed.fields.role) entity.role = parsed.fields.role;
  if (fields.updated) entity.updated = fields.updated;
  if (fields.former_ids.length > 0) entity.formerIds = fields.former_ids;
  const aliasesAt = fields.aliases.map((_, i) => at(["aliases", i]));
  return { entity, nameAt: at(["name"]), aliasesAt, translatedNames: translated.names };
}

/** Resolves the references entity files make to other entities; returns where each `within` was written. */
export function resolveEntityLinks(files: { parsed: EntityFile; entity: Entity }[], registry: Registry): Map<Entity, Origin> {
  const withinAt = new Map<Entity, Origin>();
  for (const { parsed, entity } of files) {
    const ref = (field: string, path: PropertyKey[], kind: EntityKind, text: string) => {
      const at = new LazyOrigin(parsed.source.file, parsed.yaml, path);
      return registry.resolve(Object.assign(at, { kind, text, field, lang: entity.lang }));
    };
    if ((parsed.kind === "place" || parsed.kind === "actor") && parsed.fields.within) {
      const within = ref("within", ["within"], parsed.kind, parsed.fields.within);
      if (within === entity.id) {
        registry.diagnostics.push({ file: parsed.source.file, ...parsed.yaml.valueAt(["within"]), severity: "error", rule: "entity-cycle", message: `within: "${parsed.fields.within}" is this ${parsed.kind} itself` });
      } else if (within) {
        entity.within = within;
        withinAt.set(entity, new LazyOrigin(parsed.source.file, parsed.yaml, ["within"]));
      }
    }
    if (parsed.kind === "figure") {
      const list = parsed.fields.affiliations.map((text, i) => ref("affiliations", ["affiliations", i], "actor", text));
      entity.affiliations = unique(list);
    }
  }
  return withinAt;
}

/** Reports each `within` cycle once, naming every file in it, and breaks it so nothing loops later. */
export function reportWithinCycles(entities: Map<string, Entity>, withinAt: Map<Entity, Origin>, diagnostics: Diagnostic[]): void {
  const settled = new Set<string>();
  for (const start of entities.values()) {
    const chain: Entity[] = [];
    for (const entity of selfAndAncestors(start, entities)) {
      if (settled.has(entity.id)) break;
      chain.push(entity);
    }
    // The walk stops before an entity it has met already: a chain whose end points back into it is a cycle.
    const last = chain.at(-1);
    const next = last?.within ? entities.get(last.within) : undefined;
    if (next && chain.includes(next)) {
      const cycle = chain.slice(chain.indexOf(next));
      const names = [...cycle, next].map((e) => `"${e.name}" (${e.file ?? "implicit"})`).join(" within ");
      const reporter = cycle.find((e) => withinAt.has(e)) ?? cycle[0]!;
      const at = withinAt.get(reporter) ?? { file: reporter.file ?? "", line: 1, column: 1 };
      diagnostics.push({ file: at.file, line: at.line, column: at.column, severity: "error", rule: "entity-cycle", message: `within makes a cycle: ${names}` });
      reporter.within = undefined;
    }
    for (const entity of chain) settled.add(entity.id);
  }
}

export function unique(ids: (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

// The entity registry: every place, actor and figure by id and by normalised name and alias.
// References resolve here; a name nobody defined becomes an implicit entity with its own page.
import type { Diagnostic } from "../diagnostics.ts";
import { pluralForm } from "../markup/plural.ts";
import { NameIndex } from "../similar.ts";
import { normalizeName } from "./normalize.ts";
import { slugify } from "./slug.ts";
import { EDITOR_NOUN } from "./editor-nouns.ts";
import { ENTITY_KIND, perKind, type PerKind } from "./entity-kinds.ts";
import type { Entity, EntityKind, Origin } from "./types.ts";

/** A reference as written, with where it was written, for diagnostics. */
export interface Reference extends Origin {
  kind: EntityKind;
  text: string;
  /** The field it was written in (`actors`, `within` …), for messages. */
  field: string;
  /** Language of the file it was written in: an implicit entity it creates is named in it. */
  lang?: string;
}

/** An entity defined by a file, with the positions of its name and each alias. */
export interface DefinedEntity {
  entity: Entity;
  nameAt: Origin;
  aliasesAt: Origin[];
  /** Names and aliases from its translations, each where its translation file wrote it. */
  translatedNames?: { text: string; at: Origin }[];
}

interface Claim {
  entity: Entity;
  at: Origin;
  /** The spelling as written, for "did you mean". */
  text: string;
}

export class Registry {
  readonly entities = perKind(() => new Map<string, Entity>());
  readonly diagnostics: Diagnostic[] = [];
  private readonly names = perKind(() => new Map<string, Claim>());
  private readonly implicitUses = new Map<Entity, Reference[]>();
  /** Normalised forms of the texts references were written with: an archive names the same few entities thousands of times. */
  private readonly keys = new Map<string, string>();

  /** `language`: of implicit entities named by a reference that does not say its language. */
  constructor(private readonly language = "en") {}

  /**
   * Registers defined entities of one kind; id clashes and name/alias clashes are errors naming both files.
   * Every original name is claimed before any translated one, so a translation never takes a name from an
   * original: the clash is reported in the translation.
   */
  define(kind: EntityKind, defined: readonly DefinedEntity[]): void {
    const byId = this.entities[kind];
    const registered: { entity: Entity; claimed: Set<string>; translated: { text: string; at: Origin }[] }[] = [];
    for (const { entity, nameAt, aliasesAt, translatedNames } of defined) {
      const existing = byId.get(entity.id);
      if (existing) {
        this.error(nameAt, "id-duplicate", `the ${noun(kind)} id "${entity.id}" is already used by ${existing.file}`);
        continue;
      }
      byId.set(entity.id, entity);
      const claimed = new Set<string>();
      [entity.name, ...entity.aliases].forEach((text, index) => {
        this.claim(kind, entity, claimed, text, index === 0 ? nameAt : (aliasesAt[index - 1] ?? nameAt));
      });
      registered.push({ entity, claimed, translated: translatedNames ?? [] });
    }
    for (const { entity, claimed, translated } of registered) {
      for (const { text, at } of translated) this.claim(kind, entity, claimed, text, at);
    }
  }

  /** One spelling of an entity; the same spelling twice for one entity (in any of its files) loses nothing. */
  private claim(kind: EntityKind, entity: Entity, claimed: Set<string>, text: string, at: Origin): void {
    const key = normalizeName(text);
    if (claimed.has(key)) return;
    claimed.add(key);
    const other = this.names[kind].get(key);
    if (other) {
      const message =
        `"${text}" is also a name or alias of ${other.at.file} ("${other.entity.name}"); ` +
        `a name must point at one ${noun(kind)}`;
      this.error(at, "entity-collision", message);
    } else {
      this.names[kind].set(key, { entity, at, text });
    }
  }

  /**
   * Resolves a reference to an entity id: by id, name or alias. An unknown name creates (or reuses)
   * an implicit entity; a reference that matches two entities is an error and resolves to none.
   */
  resolve(ref: Reference): string | undefined {
    let key = this.keys.get(ref.text);
    if (key === undefined) this.keys.set(ref.text, (key = normalizeName(ref.text)));
    const byName = this.names[ref.kind].get(key)?.entity;
    // Ids match like names do (case, dash kind, spaces): `Hayat-Tahrir-al-Sham` is the id hayat-tahrir-al-sham.
    const byId = this.entities[ref.kind].get(ref.text.trim()) ?? this.entities[ref.kind].get(key);
    if (byName && byId && byName !== byId) {
      const message =
        `${ref.field}: "${ref.text}" matches two ${noun(ref.kind, 2)}: ` +
        `${describe(byId)} by id and ${describe(byName)} by name; use the id of the one you mean`;
      this.error(ref, "entity-ambiguous", message);
      return undefined;
    }
    const found = byName ?? byId;
    if (found) {
      const uses = this.implicitUses.get(found);
      if (uses) uses.push(ref);
      return found.id;
    }
    return this.createImplicit(ref, key).id;
  }

  private createImplicit(ref: Reference, key: string): Entity {
    const byId = this.entities[ref.kind];
    const name = ref.text.trim().replace(/\s+/g, " ");
    const base = slugify(name) || `${ref.kind}-${hash(key)}`;
    let id = base;
    for (let n = 2; byId.has(id); n++) id = `${base}-${n}`; // never silently merge two names into one id
    const entity: Entity = {
      kind: ref.kind,
      id,
      name,
      aliases: [],
      description: "",
      descriptionHtml: "",
      descriptionFirstParagraph: "",
      implicit: true,
      affiliations: [],
      lang: ref.lang ?? this.language,
      translations: {},
    };
    byId.set(id, entity);
    this.names[ref.kind].set(key, { entity, at: ref, text: name });
    this.implicitUses.set(entity, [ref]);
    return entity;
  }

  /**
   * One warning per implicit entity, at its first use, suggesting the closest other name of its kind.
   * Run after every reference is resolved, so near-duplicates among implicit names are found too.
   */
  reportImplicit(): void {
    // Every spelling of every kind, once: normalised key → (entity, the spelling as written), indexed by
    // trigrams so that thousands of implicit names are not each compared with every known name.
    const spellings: Partial<PerKind<{ byKey: Map<string, { entity: Entity; text: string }>; index: NameIndex }>> = {};
    const spellingsOf = (kind: EntityKind) => {
      let found = spellings[kind];
      if (!found) {
        const byKey = new Map(
          [...this.names[kind]].map(([key, claim]) => [key, { entity: claim.entity, text: claim.text }]),
        );
        found = spellings[kind] = { byKey, index: new NameIndex([...byKey.keys()]) };
      }
      return found;
    };
    for (const [entity, uses] of this.implicitUses) {
      const first = uses[0]!;
      const own = normalizeName(entity.name);
      const { byKey, index } = spellingsOf(entity.kind);
      const guess = index.closest(own, 0.75, (key) => byKey.get(key)?.entity === entity);
      const more = uses.length > 1 ? ` (used ${uses.length} times)` : "";
      this.diagnostics.push({
        file: first.file,
        line: first.line,
        column: first.column,
        severity: "warning",
        rule: "entity-implicit",
        message:
          `${first.field}: "${first.text}" matches no ${noun(entity.kind)} file${more}, so it gets a page of its own` +
          (guess
            ? `; did you mean "${byKey.get(guess)?.text}"?`
            : `; add content/${ENTITY_KIND[entity.kind].folder}/${entity.id}.md to describe it`),
      });
    }
  }

  private error(at: Origin, rule: string, message: string): void {
    this.diagnostics.push({ file: at.file, line: at.line, column: at.column, severity: "error", rule, message });
  }
}

/** The kind's word in a message, which is English: "place", "places". */
function noun(kind: EntityKind, count = 1): string {
  return pluralForm(count, EDITOR_NOUN[kind], "en");
}

function describe(entity: Entity): string {
  return `"${entity.name}" (${entity.file ?? "implicit"})`;
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

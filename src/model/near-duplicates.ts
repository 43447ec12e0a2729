// Names that are probably the same entity written twice: equal once spaces, hyphens and punctuation
// are ignored ("Ayn al Bayda village" / "Ayn al-Bayda village"). Reported, never merged on our own:
// only the editor knows whether two villages share a name.
import type { Diagnostic } from "../diagnostics.ts";
import { pluralForm } from "../markup/plural.ts";
import { EDITOR_NOUN } from "./editor-nouns.ts";
import { normalizeName } from "./normalize.ts";
import type { DefinedEntity } from "./registry.ts";

/** The letters and digits of a name, in order: what two spellings of one name have in common. */
export function nameSkeleton(text: string): string {
  return normalizeName(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

export function reportNearDuplicates(defined: readonly DefinedEntity[]): Diagnostic[] {
  const seen = new Map<string, { text: string; defined: DefinedEntity }>();
  const found: Diagnostic[] = [];
  for (const item of defined) {
    const { entity } = item;
    const spellings = [entity.name, ...entity.aliases];
    spellings.forEach((text, index) => {
      const skeleton = nameSkeleton(text);
      if (skeleton === "") return;
      const first = seen.get(skeleton);
      if (!first) {
        seen.set(skeleton, { text, defined: item });
        return;
      }
      // Same entity, or the very same spelling (an exact clash is the registry's entity-collision).
      if (first.defined === item || normalizeName(first.text) === normalizeName(text)) return;
      const at = index === 0 ? item.nameAt : (item.aliasesAt[index - 1] ?? item.nameAt);
      found.push({
        file: at.file,
        line: at.line,
        column: at.column,
        severity: "warning",
        rule: "entity-near-duplicate",
        message:
          `"${text}" differs from "${first.text}" (${first.defined.entity.file}) only in spaces or punctuation; ` +
          `if they are one ${pluralForm(1, EDITOR_NOUN[entity.kind], "en")}, ` +
          "keep one file and list the other spelling in its aliases",
      });
    });
  }
  return found;
}

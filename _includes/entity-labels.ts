// How pages show an entity's free category word. The words for each kind of entity ("Places",
// "3 places" …) are in the message catalogs (src/site/messages/en.json), under the keys the table of kinds
// (src/model/entity-kinds.ts) names.

/** A free category word from content, for display: `border-crossing` → `border crossing`. */
export function categoryText(category: string | undefined): string | undefined {
  const text = category?.replace(/[-_]+/g, " ").trim();
  return text || undefined;
}

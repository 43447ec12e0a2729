// How pages show an entity's free category word. The words for each kind of entity ("Places",
// "3 places" …) are in the message catalogs (src/site/messages/en.json), under the keys the table of kinds
// (src/model/entity-kinds.ts) names; so are the common category words (`category.border-crossing`), in
// every edition's language. Any other word is shown as written, in the language of its file.
import type { Entity } from "../src/model/types.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** A free category word from content, for display: `border-crossing` → `border crossing`. */
export function categoryText(category: string | undefined): string | undefined {
  const text = category?.replace(/[-_]+/g, " ").trim();
  return text || undefined;
}

/** The entity's category in the page's language when the catalog knows the word, else as written. */
export function categoryLabel(data: SiteData, entity: Entity): { text: string; lang: string } | undefined {
  const written = categoryText(entity.category);
  if (!written) return undefined;
  const key = `category.${written.toLowerCase().replace(/\s+/g, "-")}`;
  if (data.messages.hasText(key)) return { text: data.messages.t(key), lang: data.language };
  return { text: written, lang: data.originalEntityLanguage(entity.kind, entity.id) };
}

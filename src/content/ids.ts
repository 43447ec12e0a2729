// Ids: the `id` field, else the file name; a file name that is not a slug gets a derived slug and a
// warning so the editor can rename it. Ids are permanent URLs, so clashes are errors naming both files.
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { isSlug, slugify } from "../model/slug.ts";

export function deriveId(file: string, idField: string | undefined, diagnostics: Diagnostic[]): string {
  if (idField) return idField;
  const base = path.basename(file, ".md");
  if (isSlug(base)) return base;
  const derived = slugify(base) || `file-${Buffer.from(base).toString("hex").slice(0, 12)}`;
  diagnostics.push({
    file, line: 1, column: 1, severity: "warning", rule: "id-derived",
    message: `the file name "${base}.md" is not a URL slug, so its id is "${derived}"; rename the file to ${derived}.md or add id: ${derived}`,
  });
  return derived;
}

/** Reports every id used by two files of one kind; `first` keeps the first file seen per id. */
export function findDuplicateIds(items: { id: string; file: string }[], word: string, diagnostics: Diagnostic[]): Set<string> {
  const first = new Map<string, string>();
  const duplicates = new Set<string>();
  for (const { id, file } of items) {
    const owner = first.get(id);
    if (owner === undefined) {
      first.set(id, file);
      continue;
    }
    duplicates.add(file);
    diagnostics.push({
      file, line: 1, column: 1, severity: "error", rule: "id-duplicate",
      message: `the ${word} id "${id}" is already used by ${owner}; ids are permanent URLs and must be unique`,
    });
  }
  return duplicates;
}

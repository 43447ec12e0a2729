// Former ids (`former_ids:`): the ids an event or entity was published under before it was renamed. Each
// old URL becomes a redirect to the current page, so an old id must stay unambiguous: it may not be any
// file's current id (its old links would lead there instead), nor the former id of two files.
import type { Diagnostic } from "../diagnostics.ts";
import type { Origin } from "../model/types.ts";

export interface Renamed {
  id: string;
  file: string;
  formerIds: readonly string[];
  /** Where the `i`-th former id is written. */
  formerAt: (i: number) => Origin;
}

/** Reports every former id that clashes, among the files of one kind (`word`: "event", "place" …). */
export function checkFormerIds(word: string, items: readonly Renamed[], diagnostics: Diagnostic[]): void {
  const current = new Map(items.map((item) => [item.id, item.file]));
  const claimed = new Map<string, string>();
  for (const item of items) {
    item.formerIds.forEach((former, i) => {
      const error = (rule: string, message: string) => {
        const { line, column } = item.formerAt(i);
        diagnostics.push({ file: item.file, line, column, severity: "error", rule, message });
      };
      const owner = current.get(former);
      const earlier = claimed.get(former);
      if (owner === item.file) error("former-id-taken", `former_ids: "${former}" is this ${word}'s own id`);
      else if (owner !== undefined)
        error("former-id-taken", `former_ids: "${former}" is the id of ${owner}; its old links would lead there, so give that ${word} another id or drop this one`);
      else if (earlier !== undefined && earlier !== item.file)
        error("former-id-duplicate", `former_ids: "${former}" is already a former id of ${earlier}; an old link can redirect to one page only`);
      else claimed.set(former, item.file);
    });
  }
}

// `--strict`: the warnings that can hide data problems, raised to errors. Loading reports every rule at
// its normal severity; `check` and `build` apply this table once, to everything loading reported.
import type { Diagnostic, Severity } from "../diagnostics.ts";

/** Rule → the severity --strict gives it (README "--strict"). */
export const STRICT_SEVERITY: ReadonlyMap<string, Severity> = new Map([
  // A name that matches no file: often a misspelling, which then gets a page of its own.
  ["entity-implicit", "error"],
  // An event nobody can check.
  ["source-missing", "error"],
  // A file an editor wrote that the site never reads.
  ["file-ignored", "error"],
  // A translation behind its original's correction: that edition's readers see what was corrected.
  ["translation-stale", "error"],
]);

/** The diagnostics as --strict reports them, in the same order. */
export function applyStrict(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const severity = STRICT_SEVERITY.get(d.rule);
    return severity === undefined || severity === d.severity ? d : { ...d, severity };
  });
}

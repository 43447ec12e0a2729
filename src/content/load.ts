// PLACEHOLDER: being implemented. Reads a content folder into the typed model, collecting every problem.
import type { Diagnostic } from "../diagnostics.ts";
import type { Model } from "../model/types.ts";

export interface LoadOptions {
  /** Treat warnings that can hide data problems (implicit entities, missing sources) as errors. */
  strict?: boolean;
}

export interface LoadResult {
  model: Model;
  diagnostics: Diagnostic[];
}

export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  throw new Error(`not implemented yet: ${contentDir} ${JSON.stringify(options)}`);
}

// The search step of build() for phases.ts, found at run time so that the bench works in a checkout
// with or without it: indexSearch() from src/publish/search.ts, or undefined while that does not exist.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../diagnostics.ts";
import type { Timeline } from "../model/timeline.ts";
import type { Model } from "../model/types.ts";

export interface SearchInput {
  model: Model;
  timeline: Timeline;
  stagingDir: string;
  outputDir: string;
}
export type SearchStep = (input: SearchInput) => Promise<void>;

const SEARCH_MODULE = new URL("../publish/search.ts", import.meta.url);

export async function loadSearchStep(): Promise<SearchStep | undefined> {
  if (!existsSync(fileURLToPath(SEARCH_MODULE))) return undefined;
  const module = (await import(SEARCH_MODULE.href)) as { indexSearch?: unknown };
  if (typeof module.indexSearch !== "function") throw new Error("src/publish/search.ts exports no indexSearch(); update src/bench/search-step.ts");
  const indexSearch = module.indexSearch as (input: SearchInput) => Promise<{ problems?: Diagnostic[] }>;
  return async (input) => {
    const report = await indexSearch(input);
    const first = report.problems?.[0];
    if (first) throw new Error(`the search index failed: ${first.message}`);
  };
}

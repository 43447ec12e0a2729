// Opening the search index: Pagefind's script from the edition's bundle folder, and the archive's parts
// (src/search/parts.ts) as the page lists them, each opened as an index of its own when a search reaches it.
import type { PagePart } from "../parts.ts";
import { ArchiveIndex } from "./archive-search.ts";
import type { PagefindModule } from "./pagefind-api.ts";

/**
 * `bundleUrl` is the edition's /pagefind/pagefind.js (/ar/pagefind/pagefind.js …); `partsJson` the app's
 * data-parts, oldest first; `step` its data-step, the events a search takes in at a step.
 */
export async function openArchive(bundleUrl: string, partsJson: string, step: string): Promise<ArchiveIndex> {
  const parts = readParts(partsJson);
  const stepEvents = Number(step);
  if (!Number.isInteger(stepEvents) || stepEvents < 1) throw new Error(`the search page's data-step is "${step}"`);
  // Pagefind's script is written by the build and loaded at run time, never bundled: its module is as
  // pagefind-api.ts declares it.
  const loaded: unknown = await import(bundleUrl);
  const pagefind = loaded as PagefindModule;
  // Records carry their page's whole path (/ar/events/<id>/): nothing may be put before it.
  const open = (part: PagePart) => pagefind.createInstance({ basePath: part.url, baseUrl: "/" });
  return new ArchiveIndex(parts, open, stepEvents);
}

/** The parts the page lists, each checked to be what the build writes. */
function readParts(json: string): PagePart[] {
  const parts: unknown = JSON.parse(json || "null");
  if (!Array.isArray(parts) || parts.length === 0 || !parts.every(isPagePart))
    throw new Error("the search page lists no parts of its index in data-parts");
  return parts;
}

function isPagePart(value: unknown): value is PagePart {
  if (typeof value !== "object" || value === null) return false;
  const part = value as Partial<Record<keyof PagePart, unknown>>;
  return (
    typeof part.url === "string" &&
    typeof part.events === "number" &&
    typeof part.first === "string" &&
    typeof part.last === "string"
  );
}

/** A site with no events yet has an index without languages, which Pagefind reports as an error. */
export function isEmptyIndex(error: unknown): boolean {
  return /no language indexes/i.test(messageOf(error));
}

/** A thrown value's message: it may be an Error, another object with a message, or anything else. */
function messageOf(error: unknown): string {
  const message = typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  return typeof message === "string" ? message : String(error);
}

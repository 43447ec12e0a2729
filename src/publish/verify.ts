// Checks the staged site before it replaces the output: one page per published or withdrawn event, a
// redirect page at each of their former ids and no other event pages, one search record per published
// event (when the build indexes for search), and no symbolic link or special file anywhere (the tree is
// listed without following links, so with none found, every file is inside the staging folder).
import { promises as fs } from "node:fs";
import path from "node:path";
import { countText, shownPath, type Diagnostic } from "../diagnostics.ts";
import { searchParts, type SearchPart } from "../search/parts.ts";
import { listTree, type TreeEntry } from "./walk.ts";

export interface VerifyOptions {
  /** The events this build publishes (drafts only when the build includes them). */
  events: ReadonlyArray<{ id: string; file?: string; formerIds?: readonly string[] }>;
  /** Events withdrawn after publication: each keeps a page (its notice) at its address. */
  withdrawn?: ReadonlyArray<{ id: string; file?: string; formerIds?: readonly string[] }>;
  /** Where the staged files will live, used for the `file` of each problem. */
  outputDir: string;
  /**
   * The site holds a Pagefind index at /pagefind/ (and one per further edition, at /ar/pagefind/ …), in as
   * many parts as src/search/parts.ts makes of the events, each with exactly one record per event.
   */
  search?: { eventsPerPart?: number };
  /**
   * The folders of the site's further editions (`ar`, `ckb` …, from their prefixes): each must hold one
   * page per published event too, at `<folder>/events/<id>/`. None for a single-language site.
   */
  editions?: readonly string[];
}

export interface VerifyReport {
  problems: Diagnostic[];
  /** HTML pages in the staged site. */
  pages: number;
  /** Everything in the staged site, as listed (for its manifest). */
  entries: TreeEntry[];
}

const EVENT_PAGE = /^events\/([^/]+)\/index\.html$/;
/** A listing at /events/ would not be an event page. */
const EVENTS_LISTING = "events/index.html";

export async function verifyStaging(stagingDir: string, options: VerifyOptions): Promise<VerifyReport> {
  const problems: Diagnostic[] = [];
  const problem = (relative: string, rule: string, message: string) =>
    problems.push({
      file: shownPath(options.outputDir, relative),
      line: 1,
      column: 1,
      severity: "error",
      rule,
      message,
    });

  const entries = listTree(stagingDir);
  const withNotices = [...options.events, ...(options.withdrawn ?? [])];
  const expected = new Map(withNotices.map((event) => [event.id, event]));
  // A former id's page is the redirect to its event's current page.
  const redirected = new Map(withNotices.flatMap((event) => (event.formerIds ?? []).map((id) => [id, event])));
  const folders = ["", ...(options.editions ?? []).map((folder) => `${folder}/`)];
  /** Event pages found, as `<edition folder>events/<id>`. */
  const found = new Set<string>();
  let pages = 0;

  for (const entry of entries) {
    if (entry.kind === "symlink") problem(entry.relative, "output-symlink", "symbolic link in the built site");
    if (entry.kind === "other")
      problem(entry.relative, "output-special-file", "neither a file nor a folder in the built site");
    if (entry.kind !== "file" || !isHtml(entry.relative)) continue;
    pages++;
    const folder = folders.find((f) => f !== "" && entry.relative.startsWith(f)) ?? "";
    const relative = entry.relative.slice(folder.length);
    if (!relative.startsWith("events/") || relative === EVENTS_LISTING) continue;
    const id = EVENT_PAGE.exec(relative)?.[1];
    if (id !== undefined && (expected.has(id) || redirected.has(id))) found.add(`${folder}${id}`);
    else problem(entry.relative, "event-page-extra", "event page for no published event");
  }
  for (const folder of folders) {
    for (const [id, event] of expected) {
      if (found.has(`${folder}${id}`)) continue;
      const from = event.file ? ` (from ${event.file})` : "";
      problem(`${folder}events/${id}/index.html`, "event-page-missing", `no page for event "${id}"${from}`);
    }
    for (const [id, event] of redirected) {
      if (found.has(`${folder}${id}`)) continue;
      const from = event.file ? ` (a former id of ${event.file})` : "";
      problem(`${folder}events/${id}/index.html`, "redirect-missing", `no redirect page for "${id}"${from}`);
    }
  }
  if (options.search) {
    // Each edition's index: the default's at /pagefind/, the others' under their folders (/ar/pagefind/).
    for (const folder of ["", ...(options.editions ?? [])]) {
      const prefix = folder === "" ? "" : `/${folder}`;
      await checkSearchIndex(stagingDir, searchParts(options.events.length, options.search.eventsPerPart, prefix), {
        events: options.events.length,
        problem,
      });
    }
  }
  return { problems, pages, entries };
}

/** One edition's index: every part there, with one record per published event among them. */
async function checkSearchIndex(
  stagingDir: string,
  parts: readonly SearchPart[],
  { events, problem }: { events: number; problem: (relative: string, rule: string, message: string) => void },
): Promise<void> {
  let records = 0;
  let missing = false;
  for (const part of parts) {
    const manifest = `${part.dir}/${SEARCH_ENTRY}`;
    const found = await searchRecordCount(path.join(stagingDir, manifest));
    if (typeof found === "string") {
      problem(manifest, "search-index-missing", found);
      missing = true;
    } else records += found;
  }
  if (!missing && records !== events) {
    const held = countText(records, { one: "record", other: "records" });
    const published = countText(events, { one: "published event", other: "published events" });
    problem(
      `${parts[0]!.dir}/${SEARCH_ENTRY}`,
      "search-record-count",
      `the search index holds ${held} for ${published}`,
    );
  }
}

/** Pagefind's manifest in each part: its page count per language is the number of records the browser can find. */
const SEARCH_ENTRY = "pagefind-entry.json";

/** Records in one part of the staged Pagefind index, or why they cannot be counted. */
async function searchRecordCount(manifest: string): Promise<number | string> {
  let entry: unknown;
  try {
    entry = JSON.parse(await fs.readFile(manifest, "utf8"));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return missing ? "no search index in the built site" : `the search index manifest is unreadable: ${String(error)}`;
  }
  const languages = (entry as { languages?: unknown }).languages;
  if (typeof languages !== "object" || languages === null) return "the search index manifest lists no languages";
  let count = 0;
  for (const language of Object.values(languages)) {
    const pages = (language as { page_count?: unknown }).page_count;
    if (typeof pages !== "number") return "the search index manifest has a language without a page count";
    count += pages;
  }
  return count;
}

function isHtml(relative: string): boolean {
  return relative.endsWith(".html") || relative.endsWith(".htm");
}

// The search index is written in parts, each a complete Pagefind index of its own over a stretch of the
// timeline. Pagefind holds a whole index in memory while it builds, and its time grows faster than the
// index: 100,000 events in one index took 926 s and 9.6 GB of memory, against about 52 s at 10,000. In
// parts of about 2,500 events, memory is bounded and time linear. The search page searches them newest
// first, a part at a time, and fetches a part only when a search reaches it
// (src/search/browser/archive-search.ts).
//
// Shared by the index (src/search/index-search.ts), its verification and the search page, which must agree
// on how many parts there are: all of them derive it from the number of published events.

/**
 * The folder holding every part of an edition's index: the first part's files, and the others in
 * `part-<n>/`. The default edition's is at the site's root, every other edition's under its prefix
 * (`/ar/pagefind/`): each edition has an index of its own, in its language.
 */
export const SEARCH_DIR = "pagefind";

/**
 * Events per part (the newest holds from half as many to half as many again). Smaller parts are lighter on
 * every side but one. Measured on 2 cores: at 100,000 events parts of 10,000 peaked at 4.13 GB (Pagefind
 * holds the part it writes beside the render), of 5,000 at 3.46-3.94 GB, of 2,500 at 3.46 GB; a reader's
 * typical query with its filter counts, which opens the newest part only, fetched 542, 373 and 286 kB.
 * After a one-title edit a build with its cache indexes one part again: on UCDP (16,566 events) that
 * rebuild took 9.4-10.0 s with parts of 5,000 and 7.4-7.9 s with 2,500 (three each, alternating), and a
 * cold build was no slower (0.94x, farm-bench, 3 pairs). The side that pays: a word the archive lacks
 * opens a part at each step, about 60 kB of Pagefind's wasm and the part's metadata each, so the page
 * takes in fewer events (STEPS_UNASKED parts) before it asks to go further
 * (src/search/browser/archive-search.ts).
 */
export const EVENTS_PER_SEARCH_PART = 2_500;

export interface SearchPart {
  /** 1-based. */
  number: number;
  /** Where in the timeline's list of published events the part starts and ends (exclusive). */
  start: number;
  end: number;
  /** Folder in the site: the first part is `pagefind` (`ar/pagefind` …), which holds the script the page loads. */
  dir: string;
  /** URL of the folder, with its trailing slash. */
  url: string;
}

/**
 * A part as the search page knows it (the app's data-parts, oldest first): where its index is, how many
 * events it holds, and the dates of its first and last event as the edition writes them, which the page
 * names when a search has not reached every part yet.
 */
export interface PagePart {
  url: string;
  events: number;
  first: string;
  last: string;
}

/**
 * The parts for `events` published events, oldest first; one (possibly empty) part for an empty archive.
 * `prefix` is the edition's (`""` for the default, `/ar` …).
 *
 * Every part but the newest holds `perPart` events counted from the oldest, so an event added at the
 * newest end, as most are, changes the newest part alone: a build with its cache indexes that part again
 * and keeps the others (with parts as equal as can be, every boundary moved and every part was indexed
 * again: 13.6 s of a UCDP rebuild after one added event).
 */
export function searchParts(events: number, perPart = EVENTS_PER_SEARCH_PART, prefix = ""): SearchPart[] {
  if (!Number.isInteger(perPart) || perPart < 1)
    throw new Error(`events per search part must be a whole number of at least 1, not ${perPart}`);
  if (prefix !== "" && !/^\/[a-z0-9-]+$/.test(prefix))
    throw new Error(`edition prefix ${JSON.stringify(prefix)} is not /<slug>`);
  const root = `${prefix.slice(1)}${prefix ? "/" : ""}${SEARCH_DIR}`;
  // Whole parts from the oldest event; the newest part takes the rest, or joins the one before it while
  // the rest is under half a part, so it holds between half a part and one and a half (or the archive).
  const whole = Math.floor(events / perPart);
  const rest = events - whole * perPart;
  const count = Math.max(1, rest * 2 >= perPart ? whole + 1 : whole);
  return Array.from({ length: count }, (_, i) => {
    const dir = i === 0 ? root : `${root}/part-${i + 1}`;
    return {
      number: i + 1,
      start: i * perPart,
      end: i === count - 1 ? events : (i + 1) * perPart,
      dir,
      url: `/${dir}/`,
    };
  });
}

// Searching an archive whose index is in parts (src/search/parts.ts) a step at a time (a part of a built
// site), newest first, fetching a part only when a search reaches it. Pagefind must load an index's metadata, about 9.5 bytes
// per event, before it can search it, and every filter file before it can count results by filter: a
// search over all ten parts of a 100,000-event archive fetched 1.3 MB, and its filter counts 2.8 MB more,
// where the newest part alone costs about 0.5 MB together. So a search starts in the part its order
// begins with (the newest; the oldest for oldest first), goes on to the next only while it has found
// nothing to show, and further on the reader's request; a part's filter files are fetched only once a
// search has found something there to count. Parts hold consecutive stretches of the timeline,
// so a date order joined part by part is the archive's order. Best match first ranks what the parts
// searched so far found, and never moves a result already shown.
//
// No DOM here: the search page drives it, and the benchmark measures what a query fetches through it.
import { foldArabicScript } from "../fold.ts";
import type { PagePart } from "../parts.ts";
import type {
  PagefindFilterCounts,
  PagefindIndex,
  PagefindResult,
  PagefindSearch,
  PagefindSearchOptions,
} from "./pagefind-api.ts";
import type { Order } from "./search-state.ts";

/** Results the search page shows at a time; the benchmark fetches as many for a query's first page. */
export const RESULTS_AT_A_TIME = 20;

/**
 * Steps a search takes by itself while it finds nothing; past them it goes on when the reader asks
 * ("Search older events too"). Each part opened costs Pagefind's wasm (60 kB) and meta file again, so a
 * word the archive lacks would fetch several megabytes at 100,000 events in forty parts; four steps
 * (10,000 events in a built site's parts of 2,500) fetch about 480 kB (484 kB on UCDP, 552 kB for its
 * 16,566 events when they were four parts of 5,000).
 */
export const STEPS_UNASKED = 4;

/** Which end of the timeline a search starts from. */
export type Direction = "newest" | "oldest";

/** A date order starts at its own end of the timeline; best match first starts with the newest events. */
export function directionOf(order: Order): Direction {
  return order === "oldest" ? "oldest" : "newest";
}

/** The archive's parts, each opened on first use and kept for every later search. */
export class ArchiveIndex {
  private readonly opened = new Map<number, PagefindIndex>();
  private readonly counted = new Map<number, Promise<PagefindFilterCounts>>();

  /**
   * `parts` oldest first, as the page carries them; `open` makes a part's index (Pagefind's createInstance);
   * a search takes in as many parts at a step as hold `stepEvents` events together, at least one (by
   * default one at a time): one part of a built site, the five or so smaller ones the dev server indexes
   * in its place.
   */
  constructor(
    readonly parts: readonly PagePart[],
    private readonly open: (part: PagePart) => PagefindIndex,
    private readonly stepEvents = 1,
  ) {
    if (parts.length === 0) throw new Error("the search index has no parts");
  }

  /** Events in the whole archive. */
  get events(): number {
    return this.parts.reduce((sum, part) => sum + part.events, 0);
  }

  /** Part numbers (0-based, oldest first) in the order a search in `direction` visits them. */
  route(direction: Direction): number[] {
    const numbers = this.parts.map((_, i) => i);
    return direction === "newest" ? numbers.reverse() : numbers;
  }

  /** The parts a search in `direction` takes in at each step, in order. */
  steps(direction: Direction): number[][] {
    const steps: number[][] = [];
    let events = Infinity;
    for (const number of this.route(direction)) {
      const size = this.parts[number]!.events;
      if (events + size > this.stepEvents) {
        steps.push([]);
        events = 0;
      }
      steps[steps.length - 1]!.push(number);
      events += size;
    }
    return steps;
  }

  /**
   * Opens the first part in `direction` (its entry, meta and wasm files, not its filter files, which a
   * search fetches only when it finds something there): a failure means search cannot run at all.
   */
  async prepare(direction: Direction): Promise<void> {
    await this.index(this.route(direction)[0]!).preload("");
  }

  /** A hint that `term` is coming: fetches its words in the first part of `direction`. */
  preload(term: string, direction: Direction): void {
    this.index(this.route(direction)[0]!)
      .preload(foldArabicScript(term))
      .catch(() => undefined);
  }

  /** Starts a search: nothing is fetched until its searchNext. */
  search(typed: string | null, options: PagefindSearchOptions, direction: Direction): ArchiveSearch {
    return new ArchiveSearch(this, typed === null ? null : foldArabicScript(typed), options, direction);
  }

  /** @internal A part's index, made on first use; Pagefind fetches its files as its searches need them. */
  index(number: number): PagefindIndex {
    let index = this.opened.get(number);
    if (!index) {
      index = this.open(this.parts[number]!);
      this.opened.set(number, index);
    }
    return index;
  }

  /**
   * @internal Every filter value of a part with how many of its events have it. It fetches all the part's
   * filter files, which Pagefind needs before it can count a search's results by filter value; a failure
   * is tried again next time.
   */
  totals(number: number): Promise<PagefindFilterCounts> {
    let totals = this.counted.get(number);
    if (!totals) {
      totals = this.index(number).filters();
      this.counted.set(number, totals);
      totals.catch(() => this.counted.delete(number));
    }
    return totals;
  }
}

/** One search (a query, filters, an order), reaching further into the archive a step at a time. */
export class ArchiveSearch {
  private readonly steps: number[][];
  /** Steps taken. */
  private taken = 0;
  /** Found and not yet taken, in the order they will be shown. */
  private waiting: PagefindResult[] = [];
  /** Results found in the parts searched so far. */
  found = 0;
  /** Results on the page so far. */
  shownCount = 0;
  /** How many of the results found have each filter value. */
  readonly counts: PagefindFilterCounts = {};
  /** Every filter value of the parts searched so far, with how many of their events have it. */
  readonly totals: PagefindFilterCounts = {};

  /** `term` already folded as the index's text was (src/search/fold.ts), so `محافظه` finds `محافظة`. */
  constructor(
    private readonly archive: ArchiveIndex,
    private readonly term: string | null,
    private readonly options: PagefindSearchOptions,
    readonly direction: Direction,
  ) {
    this.steps = archive.steps(direction);
  }

  /** True once every part has been searched: `found` is then the archive's count. */
  get complete(): boolean {
    return this.taken === this.steps.length;
  }

  /** Found and not yet taken. */
  get remaining(): number {
    return this.waiting.length;
  }

  /** The parts searched so far, in the order searched. */
  private get searched(): number[] {
    return this.steps.slice(0, this.taken).flat();
  }

  /** Parts searched so far. */
  get partsSearched(): number {
    return this.searched.length;
  }

  /** Events in the parts searched so far. */
  get eventsSearched(): number {
    return this.searched.reduce((sum, n) => sum + this.archive.parts[n]!.events, 0);
  }

  /** The date the parts searched so far reach back to (or forward to, oldest first), as the edition writes it. */
  get reach(): string {
    const searched = this.searched;
    const last = this.archive.parts[searched[searched.length - 1] ?? this.steps[0]![0]!]!;
    return this.direction === "newest" ? last.first : last.last;
  }

  /** Searches the parts of the next step. */
  async searchNext(): Promise<void> {
    if (this.complete) return;
    const found = await Promise.all(this.steps[this.taken]!.map((number) => this.searchPart(number)));
    this.taken++;
    for (const search of found) {
      this.found += search.results.length;
      addCounts(this.counts, search.filters);
      // A date order is right part after part, as the step lists them.
      this.waiting.push(...search.results);
    }
    // Best match first ranks the waiting ones anew.
    if (!this.options.sort) this.waiting.sort((a, b) => b.score - a.score);
  }

  private async searchPart(number: number): Promise<PagefindSearch> {
    const index = this.archive.index(number);
    const search = await index.search(this.term, this.options);
    // Found nothing, it has nothing to count: its filter files (half of what a part costs) stay unfetched.
    if (search.results.length === 0) return search;
    addCounts(this.totals, await this.archive.totals(number));
    return index.search(this.term, this.options);
  }

  /** Searches further steps until one finds something to show, none is left, or `steps` were taken. */
  async searchUntilFound(steps = STEPS_UNASKED): Promise<void> {
    let taken = 0;
    do {
      await this.searchNext();
      taken++;
    } while (this.waiting.length === 0 && !this.complete && taken < steps);
  }

  /** The next `count` results found, left waiting until `shown` says they are on the page. */
  next(count: number): PagefindResult[] {
    return this.waiting.slice(0, count);
  }

  /** The first `count` results waiting are on the page now. */
  shown(count: number): void {
    this.shownCount += this.waiting.splice(0, count).length;
  }
}

function addCounts(sums: PagefindFilterCounts, counts: PagefindFilterCounts): void {
  for (const [key, values] of Object.entries(counts)) {
    const sum = (sums[key] ??= {});
    for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + count;
  }
}

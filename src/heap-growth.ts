// How far V8 lets the heap grow past what is live before it collects. By default it allows about twice
// the live heap, which on a 100,000-event archive (about 1.5 GB live while rendering) meant 3.3 GB
// resident, and with Pagefind's process 4.4 GB. Held to 1.5 times, the same build peaked at 3.8-3.9 GB, for
// about a fifth more CPU spent collecting garbage (measured on the 16,566 UCDP events: 54 s of CPU
// against 66 s). Small archives never need the memory, so only large ones pay that price.
import { setFlagsFromString } from "node:v8";

/** From this many published events on, the heap is held closer to what is live. */
const LARGE_ARCHIVE_EVENTS = 50_000;

/** Percent the heap may grow past what the last full collection found live. */
const GROWTH_PERCENT = 50;

/**
 * Holds the heap's growth to GROWTH_PERCENT for a large archive. V8 reads the setting at every full
 * collection, so it takes effect at once; it stays set for the rest of the process.
 */
export function limitHeapGrowthFor(events: number): void {
  if (events >= LARGE_ARCHIVE_EVENTS) setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}

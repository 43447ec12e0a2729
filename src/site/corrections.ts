// Every correction made to the published events, newest first: what /corrections/ and its feed list.
import type { Correction, TimelineEvent } from "../model/types.ts";
import { compareDates } from "../model/calendar.ts";

export interface CorrectionOf {
  event: TimelineEvent;
  correction: Correction;
  /** Its place among its event's corrections, from 1: an anchor and a feed entry id need one. */
  number: number;
}

export function correctionsOf(events: readonly TimelineEvent[]): CorrectionOf[] {
  const all = events.flatMap((event) =>
    (event.corrections ?? []).map((correction, i) => ({ event, correction, number: i + 1 })),
  );
  // Newest first; on one day, in timeline order, newest event first.
  return all.reverse().sort((a, b) => compareDates(b.correction.date, a.correction.date));
}

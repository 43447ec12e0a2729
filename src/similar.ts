// "Did you mean": the closest candidates by edit distance, for unknown keys and unknown names.
import { distance } from "fastest-levenshtein";

/** Similarity in [0, 1]: 1 - edit distance / length of the longer string. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * The candidate closest to `word` if it is close enough to be a plausible typo: at least `threshold`
 * similar, or within two edits of a short word (`loaction` → `location`).
 */
export function closest(word: string, candidates: Iterable<string>, threshold = 0.6): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    // The length difference alone bounds the similarity: skip what cannot beat the best so far, so a
    // search over thousands of names computes few edit distances.
    const longest = Math.max(word.length, candidate.length);
    if (longest > 0 && 1 - Math.abs(word.length - candidate.length) / longest <= bestScore) continue;
    const score = similarity(word, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  return bestScore >= threshold || distance(word, best) <= 2 ? best : undefined;
}

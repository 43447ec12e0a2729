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

/** Trigrams measured exactly per query: enough to hold any plausible typo of the word. */
const CANDIDATES = 40;
/** A trigram in more names than this (" vi", "age" of "village") says little about which one is meant. */
const COMMON = 0.02;

/**
 * Many names searched for the closest to each of many words (every unknown name of an archive against
 * every known one). Comparing each word with each name grows with their product; instead, the names that
 * share the most uncommon trigrams with the word are measured exactly with closest(). A typo keeps most
 * trigrams of the name it misspells, so the name meant is among them.
 */
export class NameIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly maxPosting: number;

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, i) => {
      for (const gram of trigrams(name)) {
        const list = this.postings.get(gram);
        if (list) list.push(i);
        else this.postings.set(gram, [i]);
      }
    });
    this.maxPosting = Math.max(50, Math.ceil(names.length * COMMON));
  }

  /** closest() over the names that share trigrams with `word`; `skip` leaves names out (the word's own). */
  closest(word: string, threshold: number, skip?: (name: string) => boolean): string | undefined {
    const shared = new Map<number, number>();
    for (const gram of trigrams(word)) {
      const list = this.postings.get(gram);
      if (!list || list.length > this.maxPosting) continue;
      for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const candidates = [...shared]
      .sort((a, b) => b[1] - a[1])
      .map(([i]) => this.names[i]!)
      .filter((name) => !skip?.(name))
      .slice(0, CANDIDATES);
    return closest(word, candidates, threshold);
  }
}

/** The distinct three-letter runs of a word, padded so its first and last letters count too. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

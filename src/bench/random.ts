// Seeded randomness for the benchmark archive: the same seed gives the same archive on every machine.

/** A PRNG (mulberry32): small, fast, and well enough distributed for synthetic data. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` distinct items drawn with `draw` (fewer if the draws keep repeating). */
  distinct<T>(count: number, draw: () => T): T[] {
    const found = new Set<T>();
    for (let tries = 0; found.size < count && tries < count * 20; tries++) found.add(draw());
    return [...found];
  }
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent: a few items dominate
 * and a long tail is rarely used, as actors and places are in real event data.
 */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly size: number,
    exponent: number,
  ) {
    if (size < 1) throw new Error("a Zipf distribution needs at least one item");
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cumulative[rank]! /= total;
  }
  draw(random: Random): number {
    const target = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

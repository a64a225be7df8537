/** Seeded randomness: the same seed must give byte-identical corpora and query sets on every machine. */

/** mulberry32: tiny, fast, and good enough for picking words; not for anything secret. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * Log-uniform rank: the first items are picked far more often than the last, a cheap stand-in for
   * the Zipf-like skew of real word frequencies (which is what decides posting-list lengths).
   */
  skewed<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.skewed: empty list');
    return items[Math.floor(Math.pow(items.length, this.next())) - 1]!;
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      chosen.push(pool[index]!);
      pool[index] = pool[pool.length - 1]!;
      pool.pop();
    }
    return chosen;
  }
}

/** Derives an independent stream, so adding draws to one part of the generator does not shift another. */
export function substream(seed: number, label: string): Random {
  let hash = seed >>> 0;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return new Random(hash);
}

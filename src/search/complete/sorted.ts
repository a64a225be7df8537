/** Sorted lookups behind CompletionTable: prefix keys, packed character pairs, position marks. */
import { sortSteps } from '../engine/gradual.ts';
import { prefixRange } from '../engine/sorted-search.ts';

/** Keys sorted for prefix search, each with the position (newest-first rank) of its entry. */
export class SortedKeys {
  readonly keys: string[];
  readonly positions: Int32Array;

  private constructor(keys: string[], positions: Int32Array) {
    this.keys = keys;
    this.positions = positions;
  }

  static *build(pairs: [string, number][]): Generator<void, SortedKeys> {
    const sorted = yield* sortSteps(pairs, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    return new SortedKeys(
      sorted.map((pair) => pair[0]),
      Int32Array.from(sorted, (pair) => pair[1]),
    );
  }

  /** Range [from, to) of keys starting with `prefix`. */
  range(prefix: string): [number, number] {
    return prefixRange(this.keys, prefix);
  }
}

/** A number for two UTF-16 units: no string made per pair. */
export function pairKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/**
 * The second unit of the pair that ends each name. Compact forms never hold U+0000, so with it
 * every unit of a name starts a pair, and one unit's pairs are one run: single-unit inputs need no scan.
 */
export const END = 0;

/** Positions fit below this; a pair's entries are `pairKey × POSITIONS + position`, sorted. */
export const POSITIONS = 2 ** 20;

/**
 * lowerBound of `base + offset` in `values` from a cursor known to be below it, in steps doubling
 * from it: a run is checked for ascending candidates in time growing with the gaps between them,
 * not its length. The target is passed as a base the caller holds and a small offset, and the
 * search is one function: a 52-bit target passed on to another call would be boxed, one heap
 * number per look-up, and an autocomplete makes thousands of them.
 */
export function gallop(values: Float64Array, below: number, high: number, base: number, offset: number): number {
  const target = base + offset;
  let step = 1;
  let bound = below + 1;
  while (bound < high && values[bound]! < target) {
    below = bound;
    step *= 2;
    bound = below + step;
  }
  let low = below + 1;
  let top = Math.min(bound, high);
  while (low < top) {
    const middle = (low + top) >>> 1;
    if (values[middle]! < target) low = middle + 1;
    else top = middle;
  }
  return low;
}

/**
 * One bit per position: a range's positions are marked in any order, then read lowest (newest)
 * first without sorting them, each once. All clear between uses.
 */
export class PositionMarks {
  private readonly words: Uint32Array;
  private first: number;
  private last = -1;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
    this.first = this.words.length;
  }

  mark(position: number): void {
    const word = position >>> 5;
    this.words[word] = this.words[word]! | (1 << (position & 31));
    if (word < this.first) this.first = word;
    if (word > this.last) this.last = word;
  }

  /** Gives the marked positions to `visit`, lowest first, until it returns false; clears them all, even if it throws. */
  drain(visit: (position: number) => boolean): void {
    const words = this.words;
    const last = this.last;
    try {
      for (let word = this.first; word <= last; word++) {
        let bits = words[word]!;
        while (bits !== 0) {
          const lowest = bits & -bits;
          bits ^= lowest;
          if (!visit(word * 32 + 31 - Math.clz32(lowest))) return;
        }
      }
    } finally {
      words.fill(0, this.first, last + 1);
      this.first = words.length;
      this.last = -1;
    }
  }
}

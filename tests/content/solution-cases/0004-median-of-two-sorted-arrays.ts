import { countReads, type CountedArray } from '../read-counting.ts';
import type { SolutionCases } from '../solution-harness.ts';

/** Reference: merge and take the middle, O(m + n). */
function median(a: number[], b: number[]): number {
  const merged = [...a, ...b].sort((x, y) => x - y);
  const mid = merged.length >> 1;
  return merged.length % 2 === 1 ? merged[mid]! : (merged[mid - 1]! + merged[mid]!) / 2;
}

let counters: CountedArray<number>[] = [];
const counting = (a: number[], b: number[]) => {
  counters = [countReads(a), countReads(b)];
  return counters.map((counter) => counter.array);
};
// m = n = 1000 is the maximum; merging takes microseconds, so time cannot separate O(log(m+n)) from O(m+n).
// Element reads can: the partition search reads 4 elements per step over log₂(1001) ≈ 10 steps (≈ 40);
// merging up to the middle reads ~1000. A box of 120 reads also admits the O(log(m+n)) k-th-element recursion.
const logReads = (): string | undefined => {
  const reads = counters.reduce((sum, counter) => sum + counter.reads(), 0);
  return reads <= 120 ? undefined : `read ${reads} elements; an O(log(m+n)) search needs at most 120`;
};

const odds = Array.from({ length: 1000 }, (_, i) => -999_999 + 2 * i);
const evens = Array.from({ length: 1000 }, (_, i) => -1_000_000 + 2_000 * i);
const low = Array.from({ length: 1000 }, (_, i) => -1_000_000 + i);
const high = Array.from({ length: 999 }, (_, i) => 1_000_000 - i).reverse();

export default {
  entry: 'findMedianSortedArrays',
  cases: [
    { args: [[1, 3], [2]], expected: 2 },
    {
      args: [
        [1, 2],
        [3, 4],
      ],
      expected: 2.5,
    },
    { args: [[], [7]], expected: 7 },
    { args: [[7], []], expected: 7 },
    { args: [[], [2, 3]], expected: 2.5 },
    {
      args: [
        [0, 0],
        [0, 0],
      ],
      expected: 0,
    },
    { args: [[1], [1]], expected: 1 },
    { args: [[2], [1, 3, 4]], expected: 2.5 },
    {
      args: [
        [1, 2, 3, 4, 5],
        [6, 7, 8, 9, 10, 11],
      ],
      expected: 6,
    },
    {
      args: [
        [6, 7, 8],
        [1, 2, 3, 4],
      ],
      expected: 4,
    },
    { args: [[-1_000_000], [1_000_000]], expected: 0 },
    {
      args: [
        [1, 4, 9, 16],
        [2, 3, 5, 7, 11, 13],
      ],
      expected: 6,
    },
    { name: 'max size 1000 + 1000, interleaved', args: () => counting(odds, evens), expected: median(odds, evens), check: logReads },
    { name: 'max size 1000 + 999, disjoint ranges', args: () => counting(high, low), expected: median(high, low), check: logReads },
    { name: 'max size 0 + 1000', args: () => counting([], low), expected: median([], low), check: logReads },
  ],
} satisfies SolutionCases;

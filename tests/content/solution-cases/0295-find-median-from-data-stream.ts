import type { SolutionCases } from '../solution-harness.ts';

type Sequence = { args: [string[], number[][]]; expected: (number | null)[] };

/**
 * Builds a call sequence from a list of values to add, asking for the median after every `every` additions.
 * The expected medians come from a Fenwick tree over the value range (order statistics in O(log V)),
 * independent of the card's heaps.
 */
function sequence(values: number[], every: number, limit = Infinity): Sequence {
  const offset = 100_001;
  const size = 200_002;
  const tree = new Array<number>(size + 1).fill(0);
  const add = (value: number) => {
    for (let i = value + offset; i <= size; i += i & -i) tree[i]!++;
  };
  // The value of rank r (1-based) among the values added so far.
  const valueOfRank = (rank: number) => {
    let position = 0;
    let remaining = rank;
    for (let step = 1 << 17; step > 0; step >>= 1) {
      const next = position + step;
      if (next <= size && tree[next]! < remaining) {
        position = next;
        remaining -= tree[next]!;
      }
    }
    return position + 1 - offset;
  };
  const names = ['MedianFinder'];
  const params: number[][] = [[]];
  const expected: (number | null)[] = [null];
  values.forEach((value, i) => {
    if (names.length >= limit) return;
    names.push('addNum');
    params.push([value]);
    expected.push(null);
    add(value);
    const count = i + 1;
    if (count % every === 0 && names.length < limit) {
      names.push('findMedian');
      params.push([]);
      const middle = valueOfRank((count + 1) >> 1);
      expected.push(count % 2 === 1 ? middle : (middle + valueOfRank((count >> 1) + 1)) / 2);
    }
  });
  return { args: [names, params], expected };
}

/** Deterministic pseudo-random values in [-10⁵, 10⁵] (LCG). */
function randomValues(length: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return (state % 200_001) - 100_000;
  });
}

// 5·10⁴ calls, the maximum: 25 000 additions, each followed by findMedian. Two heaps take ~20–40 ms here
// (mostly crossing into the vm per call). The box rejects work per findMedian — sorting on demand
// (~10¹⁰ steps) or selecting the middle by a linear pass (~3·10⁸ steps, about a second) — and insertion
// into a sorted array with a hand-written shifting loop. Measured: inserting with a binary search and a
// native splice is as fast as the heaps at this size (memmove of ≤ 25 000 numbers), so the box cannot reject
// that O(n)-per-addition design; nothing at LeetCode's sizes can.
const big = sequence(randomValues(25_000, 11), 1);
// Strictly increasing input: a sorted-array insert appends cheaply, but heaps still work at their worst.
const rising = sequence(
  Array.from({ length: 49_000 }, (_, i) => i * 2 - 49_000),
  49,
  50_000,
);

export default {
  entry: 'MedianFinder',
  design: true,
  cases: [
    {
      args: [
        ['MedianFinder', 'addNum', 'addNum', 'findMedian', 'addNum', 'findMedian'],
        [[], [1], [2], [], [3], []],
      ],
      expected: [null, null, null, 1.5, null, 2],
    },
    sequence([5], 1),
    sequence([-100_000, 100_000], 1),
    sequence([2, 2, 2, 2], 1),
    sequence([6, 10, 2, 6, 5, 0, 6, 3, 1, 0, 0], 1),
    sequence([-1, -2, -3, -4, -5], 1),
    { name: 'max size 5·10⁴ calls, random', args: () => big.args, expected: big.expected, timeoutMs: 300 },
    { name: 'max size 5·10⁴ calls, rising', args: () => rising.args, expected: rising.expected, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

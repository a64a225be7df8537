import type { SolutionCases } from '../solution-harness.ts';

const n = 100_000;

// n = 10⁵. One pass takes ~1 ms; trying every buy/sell pair is ~5·10⁹ steps (seconds). 200 ms separates
// them (and cannot separate O(n) from O(n log n)).
export default {
  entry: 'maxProfit',
  cases: [
    { args: [[7, 1, 5, 3, 6, 4]], expected: 5 },
    { args: [[7, 6, 4, 3, 1]], expected: 0 },
    { args: [[2, 4, 1]], expected: 2 },
    { args: [[5]], expected: 0 },
    { args: [[1, 2]], expected: 1 },
    { args: [[2, 1]], expected: 0 },
    { args: [[3, 3, 3]], expected: 0 },
    // The global minimum comes after the best pair.
    { args: [[3, 8, 2, 5, 1, 4]], expected: 5 },
    { args: [[0, 10_000]], expected: 10_000 },
    {
      name: 'max size 10⁵, falling',
      args: () => [Array.from({ length: n }, (_, i) => Math.floor((n - 1 - i) / 10))],
      expected: 0,
      timeoutMs: 200,
    },
    {
      // Saw teeth that drift upwards: the best pair spans the whole array (bottom of the first tooth, top of the last).
      name: 'max size 10⁵, rising saw',
      args: () => [Array.from({ length: n }, (_, i) => Math.floor(i / 20) + (i % 2) * 5_000)],
      expected: 4_999 + 5_000,
      timeoutMs: 200,
    },
  ],
} satisfies SolutionCases;

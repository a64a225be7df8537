import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'longestConsecutive',
  cases: [
    { args: [[100, 4, 200, 1, 3, 2]], expected: 4 },
    { args: [[0, 3, 7, 2, 5, 8, 4, 6, 0, 1]], expected: 9 },
    { args: [[1, 0, 1, 2]], expected: 3 },
    { args: [[]], expected: 0 },
    { args: [[5]], expected: 1 },
    { args: [[7, 7, 7]], expected: 1 },
    { args: [[-1, -2, -3, 10, 11]], expected: 3 },
    { args: [[1_000_000_000, -1_000_000_000]], expected: 1 },
    { args: [[9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6]], expected: 7 },
    // n = 10^5 (the maximum), one run. Box: a hash set is ~10^5 steps; counting forward from every number is 5 * 10^9.
    { name: 'max size 10^5', args: () => [Array.from({ length: 100_000 }, (_, i) => 100_000 - i)], expected: 100_000, timeoutMs: 500 },
  ],
} satisfies SolutionCases;

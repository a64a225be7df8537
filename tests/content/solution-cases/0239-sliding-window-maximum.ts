import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'maxSlidingWindow',
  cases: [
    { args: [[1, 3, -1, -3, 5, 3, 6, 7], 3], expected: [3, 3, 5, 5, 6, 7] },
    { args: [[1], 1], expected: [1] },
    { args: [[7, 2, 4], 2], expected: [7, 4] },
    { args: [[1, -1], 1], expected: [1, -1] },
    { args: [[9, 11], 2], expected: [11] },
    { args: [[4, -2], 2], expected: [4] },
    { args: [[1, 3, 1, 2, 0, 5], 3], expected: [3, 3, 2, 5] },
    { args: [[5, 4, 3, 2, 1], 3], expected: [5, 4, 3] },
    { args: [[2, 2, 2], 2], expected: [2, 2] },
    // Non-increasing input at n = 10^5 (the maximum): a solution that rescans each window needs ~2.5e9 steps; the
    // deque is ~2 * 10^5 steps.
    {
      name: 'max size 10^5, k = 5 * 10^4',
      timeoutMs: 500,
      args: [Array.from({ length: 100_000 }, (_, i) => 10_000 - Math.floor(i / 5)), 50_000],
      expected: Array.from({ length: 50_001 }, (_, start) => 10_000 - Math.floor(start / 5)),
    },
  ],
} satisfies SolutionCases;

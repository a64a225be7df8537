import type { SolutionCases } from '../solution-harness.ts';

// n = 10^5 (the maximum): -1 everywhere except 10^4 copies of 10^4 in the middle.
const hill = () => Array.from({ length: 100_000 }, (_, i) => (i >= 45_000 && i < 55_000 ? 10_000 : -1));

export default {
  entry: 'maxSubArray',
  cases: [
    { args: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6 },
    { args: [[1]], expected: 1 },
    { args: [[5, 4, -1, 7, 8]], expected: 23 },
    { args: [[-1]], expected: -1 },
    { args: [[-3, -1, -2]], expected: -1 },
    { args: [[1, 2, -10, 4]], expected: 4 },
    { args: [[2, -1, 2]], expected: 3 },
    { args: [[0, -3, 1, 1]], expected: 2 },
    { args: [[-10_000, 0, -10_000]], expected: 0 },
    // Box: one pass measured ~25-35 ms of CPU (cold); all 5 * 10^9 subarrays took ~10 s.
    { name: 'max size 10^5', args: () => [hill()], expected: 100_000_000, timeoutMs: 500 },
  ],
} satisfies SolutionCases;

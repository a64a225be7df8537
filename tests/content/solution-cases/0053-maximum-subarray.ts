import type { SolutionCases } from '../solution-harness.ts';

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
  ],
} satisfies SolutionCases;

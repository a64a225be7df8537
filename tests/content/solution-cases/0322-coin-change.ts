import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'coinChange',
  cases: [
    { args: [[1, 2, 5], 11], expected: 3 },
    { args: [[2], 3], expected: -1 },
    { args: [[1], 0], expected: 0 },
    // greedy would take 4 + 1 + 1
    { args: [[1, 3, 4], 6], expected: 2 },
    { args: [[2], 1], expected: -1 },
    { args: [[5, 3], 11], expected: 3 },
    { args: [[3, 7], 5], expected: -1 },
    { args: [[2147483647], 2], expected: -1 },
    { args: [[1], 10_000], expected: 10_000 },
    { args: [[186, 419, 83, 408], 6249], expected: 20 },
  ],
} satisfies SolutionCases;

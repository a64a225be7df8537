import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'lengthOfLIS',
  cases: [
    { args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4 },
    { args: [[0, 1, 0, 3, 2, 3]], expected: 4 },
    { args: [[7, 7, 7, 7, 7, 7, 7]], expected: 1 },
    { args: [[5]], expected: 1 },
    { args: [[1, 2, 3, 4, 5]], expected: 5 },
    { args: [[5, 4, 3, 2, 1]], expected: 1 },
    { args: [[4, 10, 4, 3, 8, 9]], expected: 3 },
    { args: [[1, 3, 6, 7, 9, 4, 10, 5, 6]], expected: 6 },
    { args: [[3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12]], expected: 6 },
    { args: [[-10_000, 10_000]], expected: 2 },
    { args: [[1, 1, 2, 2, 3, 3]], expected: 3 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'subarraySum',
  cases: [
    { args: [[1, 1, 1], 2], expected: 2 },
    { args: [[1, 2, 3], 3], expected: 2 },
    { args: [[1, -1, 0], 0], expected: 3 },
    { args: [[1], 0], expected: 0 },
    { args: [[5], 5], expected: 1 },
    { args: [[0, 0, 0], 0], expected: 6 },
    { args: [[-1, -1, 1], 0], expected: 1 },
    { args: [[3, 4, 7, 2, -3, 1, 4, 2], 7], expected: 4 },
    { args: [[1000, -1000, 1000], 1000], expected: 3 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'twoSum',
  compare: 'unordered',
  cases: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
    { args: [[3, 3], 6], expected: [0, 1] },
    { args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { args: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { args: [[2, 5, 5, 11], 10], expected: [1, 2] },
    { args: [[-3, 4, 3, 90], 0], expected: [0, 2] },
    { args: [[1, 5, 1_000_000_000, -1_000_000_000], 0], expected: [2, 3] },
  ],
} satisfies SolutionCases;

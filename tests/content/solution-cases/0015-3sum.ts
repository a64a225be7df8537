import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'threeSum',
  compare: 'unordered-nested',
  cases: [
    { args: [[-1, 0, 1, 2, -1, -4]], expected: [[-1, -1, 2], [-1, 0, 1]] },
    { args: [[0, 1, 1]], expected: [] },
    { args: [[0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[0, 0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[1, 2, -2, -1]], expected: [] },
    { args: [[-2, 0, 1, 1, 2]], expected: [[-2, 0, 2], [-2, 1, 1]] },
    { args: [[-4, -1, -1, 0, 1, 2]], expected: [[-1, -1, 2], [-1, 0, 1]] },
    {
      args: [[3, -2, 1, 0, -1, 2, -3]],
      expected: [[-3, 0, 3], [-3, 1, 2], [-2, -1, 3], [-2, 0, 2], [-1, 0, 1]],
    },
    { args: [[-100_000, 50_000, 50_000, 0, 100_000]], expected: [[-100_000, 0, 100_000], [-100_000, 50_000, 50_000]] },
  ],
} satisfies SolutionCases;

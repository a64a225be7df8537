import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'trap',
  cases: [
    { args: [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], expected: 6 },
    { args: [[4, 2, 0, 3, 2, 5]], expected: 9 },
    { args: [[3, 0, 3]], expected: 3 },
    { args: [[5]], expected: 0 },
    { args: [[1, 2, 3, 4]], expected: 0 },
    { args: [[4, 3, 2, 1]], expected: 0 },
    { args: [[5, 4, 1, 2]], expected: 1 },
    { args: [[2, 0, 2, 0, 1]], expected: 3 },
    { args: [[100_000, 0, 0, 100_000]], expected: 200_000 },
  ],
} satisfies SolutionCases;

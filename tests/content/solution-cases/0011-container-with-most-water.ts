import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'maxArea',
  cases: [
    { args: [[1, 8, 6, 2, 5, 4, 8, 3, 7]], expected: 49 },
    { args: [[1, 1]], expected: 1 },
    { args: [[4, 3, 2, 1, 4]], expected: 16 },
    { args: [[0, 0]], expected: 0 },
    { args: [[1, 2, 1]], expected: 2 },
    { args: [[1, 2, 4, 3]], expected: 4 },
    { args: [[2, 3, 10, 5, 7, 8, 9]], expected: 36 },
    { args: [[10_000, 0, 0, 10_000]], expected: 30_000 },
  ],
} satisfies SolutionCases;

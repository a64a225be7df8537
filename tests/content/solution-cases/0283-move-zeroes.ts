import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'moveZeroes',
  mutates: 0,
  cases: [
    { args: [[0, 1, 0, 3, 12]], expected: [1, 3, 12, 0, 0] },
    { args: [[0]], expected: [0] },
    { args: [[4, 0, 5]], expected: [4, 5, 0] },
    { args: [[1, 2, 3]], expected: [1, 2, 3] },
    { args: [[0, 0]], expected: [0, 0] },
    { args: [[0, 0, 0, 5]], expected: [5, 0, 0, 0] },
    { args: [[4, 0, -2, 0, 0, 7, -2_147_483_648]], expected: [4, -2, 7, -2_147_483_648, 0, 0, 0] },
  ],
} satisfies SolutionCases;

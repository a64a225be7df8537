import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'productExceptSelf',
  cases: [
    { args: [[1, 2, 3, 4]], expected: [24, 12, 8, 6] },
    { args: [[-1, 1, 0, -3, 3]], expected: [0, 0, 9, 0, 0] },
    { args: [[2, 3]], expected: [3, 2] },
    { args: [[0, 0]], expected: [0, 0] },
    { args: [[0, 4, 5]], expected: [20, 0, 0] },
    { args: [[-1, -2, -3, -4]], expected: [-24, -12, -8, -6] },
    { args: [[1, 1, 1, 1, 1]], expected: [1, 1, 1, 1, 1] },
    { args: [[30, -30, 2]], expected: [-60, 60, -900] },
  ],
} satisfies SolutionCases;

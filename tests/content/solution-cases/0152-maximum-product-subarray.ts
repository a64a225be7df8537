import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'maxProduct',
  cases: [
    { args: [[2, 3, -2, 4]], expected: 6 },
    { args: [[-2, 0, -1]], expected: 0 },
    { args: [[-2, 3, -4]], expected: 24 },
    { args: [[-2]], expected: -2 },
    { args: [[0]], expected: 0 },
    { args: [[-1, -2, -3, 0]], expected: 6 },
    { args: [[2, -5, -2, -4, 3]], expected: 24 },
    { args: [[-3, -1, -1]], expected: 3 },
    { args: [[0, 2]], expected: 2 },
    { args: [[-2, -3, 7]], expected: 42 },
    { args: [[3, -1, 4]], expected: 4 },
    { args: [[-1, -1]], expected: 1 },
  ],
} satisfies SolutionCases;

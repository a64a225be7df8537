import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'merge',
  compare: 'unordered',
  cases: [
    { args: [[[1, 3], [2, 6], [8, 10], [15, 18]]], expected: [[1, 6], [8, 10], [15, 18]] },
    { args: [[[1, 4], [4, 5]]], expected: [[1, 5]] },
    { args: [[[4, 7], [1, 4]]], expected: [[1, 7]] },
    { args: [[[5, 5]]], expected: [[5, 5]] },
    { args: [[[1, 2], [3, 4]]], expected: [[1, 2], [3, 4]] },
    { args: [[[1, 10], [2, 3], [4, 5]]], expected: [[1, 10]] },
    { args: [[[1, 4], [0, 0]]], expected: [[0, 0], [1, 4]] },
    { args: [[[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]]], expected: [[1, 10]] },
    { args: [[[0, 0], [0, 0], [0, 2], [3, 3]]], expected: [[0, 2], [3, 3]] },
  ],
} satisfies SolutionCases;

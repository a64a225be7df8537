import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'spiralOrder',
  cases: [
    { args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], expected: [1, 2, 3, 6, 9, 8, 7, 4, 5] },
    { args: [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], expected: [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7] },
    { args: [[[1], [2], [3]]], expected: [1, 2, 3] },
    { args: [[[7]]], expected: [7] },
    { args: [[[1, 2, 3, 4]]], expected: [1, 2, 3, 4] },
    { args: [[[1, 2], [3, 4]]], expected: [1, 2, 4, 3] },
    { args: [[[1, 2], [3, 4], [5, 6]]], expected: [1, 2, 4, 6, 5, 3] },
    {
      args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]],
      expected: [1, 2, 3, 6, 9, 12, 11, 10, 7, 4, 5, 8],
    },
    {
      args: [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]],
      expected: [1, 2, 3, 4, 8, 12, 16, 15, 14, 13, 9, 5, 6, 7, 11, 10],
    },
    { args: [[[-100, 100], [0, -1]]], expected: [-100, 100, -1, 0] },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'setZeroes',
  mutates: 0,
  cases: [
    { args: [[[1, 1, 1], [1, 0, 1], [1, 1, 1]]], expected: [[1, 0, 1], [0, 0, 0], [1, 0, 1]] },
    { args: [[[0, 1, 2, 0], [3, 4, 5, 2], [1, 3, 1, 5]]], expected: [[0, 0, 0, 0], [0, 4, 5, 0], [0, 3, 1, 0]] },
    { args: [[[1, 2], [3, 4]]], expected: [[1, 2], [3, 4]] },
    { args: [[[0]]], expected: [[0]] },
    { args: [[[5]]], expected: [[5]] },
    { args: [[[1, 0, 3]]], expected: [[0, 0, 0]] },
    { args: [[[1], [0], [3]]], expected: [[0], [0], [0]] },
    { args: [[[1, 2, 3], [4, 5, 6], [7, 8, 0]]], expected: [[1, 2, 0], [4, 5, 0], [0, 0, 0]] },
    // only the first column holds a zero: its marker must not leak into the first row
    { args: [[[1, 2], [0, 4], [5, 6]]], expected: [[0, 2], [0, 0], [0, 6]] },
    {
      args: [[[1, 2, 3, 4], [5, 0, 7, 8], [0, 10, 11, 12], [13, 14, 15, 0]]],
      expected: [[0, 0, 3, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    },
    { args: [[[-2147483648, 2147483647], [1, 2]]], expected: [[-2147483648, 2147483647], [1, 2]] },
  ],
} satisfies SolutionCases;

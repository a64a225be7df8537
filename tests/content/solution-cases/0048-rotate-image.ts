import type { SolutionCases } from '../solution-harness.ts';

// n = 20 (the maximum); rotated[i][j] = matrix[n - 1 - j][i].
const square = Array.from({ length: 20 }, (_, i) => Array.from({ length: 20 }, (_, j) => i * 20 + j - 200));
const squareRotated = square.map((row, i) => row.map((_, j) => square[19 - j]![i]!));

export default {
  entry: 'rotate',
  mutates: 0,
  cases: [
    { args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], expected: [[7, 4, 1], [8, 5, 2], [9, 6, 3]] },
    {
      args: [[[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]]],
      expected: [[15, 13, 2, 5], [14, 3, 4, 1], [12, 6, 8, 9], [16, 7, 10, 11]],
    },
    { args: [[[1]]], expected: [[1]] },
    { args: [[[1, 2], [3, 4]]], expected: [[3, 1], [4, 2]] },
    {
      args: [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]],
      expected: [[13, 9, 5, 1], [14, 10, 6, 2], [15, 11, 7, 3], [16, 12, 8, 4]],
    },
    {
      args: [[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]],
      expected: [[21, 16, 11, 6, 1], [22, 17, 12, 7, 2], [23, 18, 13, 8, 3], [24, 19, 14, 9, 4], [25, 20, 15, 10, 5]],
    },
    { args: [[[-1000, 0], [1000, -1]]], expected: [[1000, -1000], [-1, 0]] },
    // At n = 20 every polynomial solution is instant; the box only catches something runaway.
    { name: 'max size 20 x 20', args: () => [square.map((row) => [...row])], expected: squareRotated, timeoutMs: 50 },
  ],
} satisfies SolutionCases;

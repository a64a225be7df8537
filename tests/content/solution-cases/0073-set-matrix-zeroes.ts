import type { SolutionCases } from '../solution-harness.ts';

// 200 x 200 (the maximum) with a zero in every 17th row and every 23rd column along a diagonal pattern.
const zeroAt = (i: number, j: number) => i % 17 === 3 && j % 23 === 5;
const big = () => Array.from({ length: 200 }, (_, i) => Array.from({ length: 200 }, (_, j) => (zeroAt(i, j) ? 0 : i * 200 + j + 1)));
const zeroRows = new Set(Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 17 === 3));
const zeroCols = new Set(Array.from({ length: 200 }, (_, j) => j).filter((j) => j % 23 === 5));
const bigZeroed = Array.from({ length: 200 }, (_, i) =>
  Array.from({ length: 200 }, (_, j) => (zeroRows.has(i) || zeroCols.has(j) ? 0 : i * 200 + j + 1)),
);

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
    // 4 * 10^4 cells: O(mn) is instant; the box only catches something far slower (the size is too small to
    // fail O(mn(m + n)) reliably).
    { name: 'max size 200 x 200', args: () => [big()], expected: bigZeroed, timeoutMs: 50 },
  ],
} satisfies SolutionCases;

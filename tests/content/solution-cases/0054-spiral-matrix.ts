import type { SolutionCases } from '../solution-harness.ts';

// 10 x 10 (the maximum); the expected order comes from another method: take the first row, turn the rest
// counter-clockwise, repeat.
const grid10 = Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j));
function peel(matrix: number[][]): number[] {
  const order: number[] = [];
  let rest = matrix.map((row) => [...row]);
  while (rest.length > 0) {
    order.push(...rest[0]!);
    const below = rest.slice(1);
    const width = below[0]?.length ?? 0;
    rest = Array.from({ length: width }, (_, c) => below.map((row) => row[width - 1 - c]!));
  }
  return order;
}

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
    // At 10 x 10 every solution is instant; the box only catches something runaway.
    { name: 'max size 10 x 10', args: () => [grid10], expected: peel(grid10), timeoutMs: 50 },
  ],
} satisfies SolutionCases;

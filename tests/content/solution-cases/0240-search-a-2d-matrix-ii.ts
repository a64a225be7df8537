import type { SolutionCases } from '../solution-harness.ts';

const grid = [
  [1, 4, 7, 11, 15],
  [2, 5, 8, 12, 19],
  [3, 6, 9, 16, 22],
  [10, 13, 14, 17, 24],
  [18, 21, 23, 26, 30],
];

// 300 x 300 (the maximum): m[i][j] = 2(i + j), ascending along rows and columns; odd targets are absent.
const even300 = Array.from({ length: 300 }, (_, i) => Array.from({ length: 300 }, (_, j) => 2 * (i + j)));

export default {
  entry: 'searchMatrix',
  cases: [
    { args: [grid, 5], expected: true },
    { args: [grid, 20], expected: false },
    { args: [grid, 30], expected: true },
    { args: [grid, 1], expected: true },
    { args: [grid, 15], expected: true },
    { args: [grid, 18], expected: true },
    { args: [grid, 0], expected: false },
    { args: [grid, 31], expected: false },
    { args: [[[-5]], -5], expected: true },
    { args: [[[-5]], 5], expected: false },
    { args: [[[1, 3, 5]], 4], expected: false },
    { args: [[[1], [3], [5]], 5], expected: true },
    { args: [[[1, 4], [2, 5]], 3], expected: false },
    { args: [[[-1_000_000_000, 1_000_000_000]], 1_000_000_000], expected: true },
    // 9 * 10^4 cells: O(m + n) and even O(mn) are both under a millisecond, so the box only catches something
    // runaway; the staircase walk is what the card explains.
    { name: 'max size, absent', args: [even300, 599], expected: false, timeoutMs: 50 },
    { name: 'max size, bottom left', args: [even300, 598], expected: true, timeoutMs: 50 },
  ],
} satisfies SolutionCases;

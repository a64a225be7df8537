import type { SolutionCases } from '../solution-harness.ts';

/** Deterministic pseudo-random grid with values in [0, 200] (LCG). */
function randomGrid(rows: number, cols: number, seed: number): number[][] {
  let state = seed;
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % 201;
    }),
  );
}

/** Reference: the full 2-D table (the card keeps a single row). */
function reference(grid: number[][]): number {
  const dp = grid.map((line) => line.map(() => 0));
  grid.forEach((line, i) =>
    line.forEach((value, j) => {
      const up = i > 0 ? dp[i - 1]![j]! : Infinity;
      const left = j > 0 ? dp[i]![j - 1]! : Infinity;
      dp[i]![j] = value + (i === 0 && j === 0 ? 0 : Math.min(up, left));
    }),
  );
  return dp[grid.length - 1]!.at(-1)!;
}

const random = randomGrid(200, 200, 17);
const small = randomGrid(7, 9, 5);

// 200 × 200 is the maximum: the DP is 4·10⁴ steps (well under a millisecond). The slower design is plain
// recursion without memoisation, which explores C(398, 199) ≈ 10¹¹⁸ paths; any box rejects it. 100 ms.
export default {
  entry: 'minPathSum',
  cases: [
    {
      args: [
        [
          [1, 3, 1],
          [1, 5, 1],
          [4, 2, 1],
        ],
      ],
      expected: 7,
    },
    {
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      expected: 12,
    },
    { args: [[[5]]], expected: 5 },
    { args: [[[0]]], expected: 0 },
    { args: [[[1, 2, 3, 4]]], expected: 10 },
    { args: [[[1], [2], [3]]], expected: 6 },
    // The cheap-looking first step (down, 0) leads into an expensive column.
    {
      args: [
        [
          [1, 9, 0],
          [0, 200, 0],
          [0, 200, 0],
          [200, 200, 0],
        ],
      ],
      expected: 10,
    },
    { args: [small], expected: reference(small) },
    { name: 'max size 200×200, random', args: () => [random], expected: reference(random), timeoutMs: 100 },
    {
      name: 'max size 200×200, all 200',
      args: () => [Array.from({ length: 200 }, () => new Array<number>(200).fill(200))],
      expected: 399 * 200,
      timeoutMs: 100,
    },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const n = 10_000;

// n = 10⁴. The layer scan takes well under a millisecond (~2 ms with the vm crossing); the O(n²) DP "best of
// all earlier indices that reach i" needs ~5·10⁷ steps (~100 ms). 30 ms separates them. Relaxing forwards
// from each index costs n·max(nums[i]) ≤ 10⁷ steps, close to the box, so it is not reliably rejected.
export default {
  entry: 'jump',
  cases: [
    { args: [[2, 3, 1, 1, 4]], expected: 2 },
    { args: [[2, 3, 0, 1, 4]], expected: 2 },
    { args: [[0]], expected: 0 },
    { args: [[1, 2]], expected: 1 },
    { args: [[5, 0, 0]], expected: 1 },
    { args: [[1, 1, 1, 1]], expected: 3 },
    { args: [[2, 1]], expected: 1 },
    // Jumping as far as possible from 0 lands on 2, then 3 (length 0, stuck); the answer goes 0 → 1 → 4.
    { args: [[2, 3, 1, 0, 4]], expected: 2 },
    { args: [[1, 2, 1, 1, 1]], expected: 3 },
    { name: 'max size 10⁴, all ones', args: () => [new Array<number>(n).fill(1)], expected: n - 1, timeoutMs: 30 },
    { name: 'max size 10⁴, all 1000', args: () => [new Array<number>(n).fill(1000)], expected: 10, timeoutMs: 30 },
    {
      // Lengths cycle 1, 2, 3.
      name: 'max size 10⁴, repeating 1 2 3',
      args: () => [Array.from({ length: n }, (_, i) => (i % 3) + 1)],
      expected: 3_335, // checked with a plain BFS over the indices
      timeoutMs: 30,
    },
  ],
} satisfies SolutionCases;

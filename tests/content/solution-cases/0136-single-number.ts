import type { SolutionCases } from '../solution-harness.ts';

/** Deterministic shuffle (LCG-driven Fisher–Yates) so pairs are not adjacent. */
function shuffled(values: number[], seed: number): number[] {
  const copy = [...values];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// 29 999 elements (the largest odd size ≤ 3·10⁴): 14 999 pairs of distinct values from the range plus -30 000.
const pairs = Array.from({ length: 14_999 }, (_, i) => 30_000 - 4 * i);
const big = shuffled([...pairs, ...pairs, -30_000], 8);

// n ≈ 3·10⁴. One pass is well under a millisecond; counting each value by rescanning the array is
// n²/2 ≈ 4.5·10⁸ steps (about a second). 100 ms separates them. The O(1)-space requirement cannot be
// observed from outside, so a hash-map count (also O(n)) passes.
export default {
  entry: 'singleNumber',
  cases: [
    { args: [[2, 2, 1]], expected: 1 },
    { args: [[4, 1, 2, 1, 2]], expected: 4 },
    { args: [[1]], expected: 1 },
    { args: [[0, 5, 5]], expected: 0 },
    { args: [[-1, -1, -2]], expected: -2 },
    { args: [[-30_000, 30_000, -30_000]], expected: 30_000 },
    { args: [[7, 3, 0, 3, 7]], expected: 0 },
    { name: 'max size 29 999, shuffled', args: () => [big], expected: -30_000, timeoutMs: 100 },
    {
      name: 'max size 29 999, single value first',
      args: () => [[12_345, ...Array.from({ length: 29_998 }, (_, i) => (i % 14_999) - 20_000)]],
      expected: 12_345,
      timeoutMs: 100,
    },
  ],
} satisfies SolutionCases;

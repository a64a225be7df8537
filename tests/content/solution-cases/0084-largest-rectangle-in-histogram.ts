import type { SolutionCases } from '../solution-harness.ts';

/** Reference O(n²): for each left edge, widen to the right while tracking the lowest bar. */
function bruteForce(heights: number[]): number {
  let best = 0;
  for (let left = 0; left < heights.length; left++) {
    let low = Infinity;
    for (let right = left; right < heights.length; right++) {
      low = Math.min(low, heights[right]!);
      best = Math.max(best, low * (right - left + 1));
    }
  }
  return best;
}

/** Deterministic pseudo-random heights (LCG), so the case is the same on every run. */
function randomHeights(length: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % 10_001;
  });
}

const n = 100_000;
const mixed = randomHeights(2_000, 7);
// Non-decreasing, heights 0…9999 with each value 10 times: a rectangle of height v spans from the first v
// to the end, so the best is max over v of v · (n - 10v), reached at v = 5000: 5000 · 50 000.
const rising = Array.from({ length: n }, (_, i) => Math.floor(i / 10));

// n = 10⁵. The stack solution takes ~1–5 ms; the O(n²) "expand from every bar" or "every left edge"
// approaches need ~5·10⁹ steps on these inputs (seconds); a 200 ms box separates them. An O(n log n)
// divide and conquer also passes, as it should (a box cannot separate n from n log n).
export default {
  entry: 'largestRectangleArea',
  cases: [
    { args: [[2, 1, 5, 6, 2, 3]], expected: 10 },
    { args: [[2, 4]], expected: 4 },
    { args: [[2, 1, 2]], expected: 3 },
    { args: [[0]], expected: 0 },
    { args: [[7]], expected: 7 },
    { args: [[0, 0, 0]], expected: 0 },
    { args: [[3, 3, 3, 3]], expected: 12 },
    { args: [[1, 2, 3, 4, 5]], expected: 9 },
    { args: [[5, 4, 3, 2, 1]], expected: 9 },
    { args: [[4, 2, 0, 3, 2, 5]], expected: 6 },
    { args: [[2, 1, 4, 5, 1, 3, 3]], expected: 8 },
    { args: [mixed], expected: bruteForce(mixed) },
    { name: 'max size 10⁵, rising', args: () => [rising], expected: 5_000 * 50_000, timeoutMs: 200 },
    { name: 'max size 10⁵, falling', args: () => [[...rising].reverse()], expected: 5_000 * 50_000, timeoutMs: 200 },
    { name: 'max size 10⁵, all 10⁴', args: () => [new Array<number>(n).fill(10_000)], expected: 1_000_000_000, timeoutMs: 200 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const kthLargest = (nums: number[], k: number) => [...nums].sort((a, b) => b - a)[k - 1]!;

/** Deterministic pseudo-random values in [-10⁴, 10⁴] (LCG). */
function randomValues(length: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return (state % 20_001) - 10_000;
  });
}

const n = 100_000;
const ascending = Array.from({ length: n }, (_, i) => -10_000 + Math.floor(i / 5)); // -10000 … 9999, five of each
const random = randomValues(n, 42);

// n = 10⁵. Quickselect (or a heap of size k, or sorting) takes a few ms; what the box rejects is the O(n²)
// behaviour: a fixed first/last pivot on sorted input, two-way partitioning on all-equal input, or k passes
// that each remove the maximum (k = n/2 → 5·10⁹ steps). 300 ms separates a few ms from seconds; it cannot
// tell O(n) from O(n log n) (a factor of ~17), so sorting passes too.
export default {
  entry: 'findKthLargest',
  cases: [
    { args: [[3, 2, 1, 5, 6, 4], 2], expected: 5 },
    { args: [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4], expected: 4 },
    { args: [[1], 1], expected: 1 },
    { args: [[2, 1], 1], expected: 2 },
    { args: [[2, 1], 2], expected: 1 },
    { args: [[-1, -1], 2], expected: -1 },
    { args: [[7, 7, 7, 7], 3], expected: 7 },
    { args: [[5, 2, 4, 1, 3, 6, 0], 7], expected: 0 },
    { args: [[-10_000, 10_000, 0], 2], expected: 0 },
    { name: 'max size 10⁵, sorted, median', args: () => [[...ascending], n / 2], expected: kthLargest(ascending, n / 2), timeoutMs: 300 },
    {
      name: 'max size 10⁵, sorted descending, k = n',
      args: () => [[...ascending].reverse(), n],
      expected: -10_000,
      timeoutMs: 300,
    },
    { name: 'max size 10⁵, all equal', args: () => [new Array<number>(n).fill(-3), 12_345], expected: -3, timeoutMs: 300 },
    { name: 'max size 10⁵, random, k = 1', args: () => [[...random], 1], expected: kthLargest(random, 1), timeoutMs: 300 },
    { name: 'max size 10⁵, random, k = 31 416', args: () => [[...random], 31_416], expected: kthLargest(random, 31_416), timeoutMs: 300 },
  ],
} satisfies SolutionCases;

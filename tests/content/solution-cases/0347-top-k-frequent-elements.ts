import type { SolutionCases } from '../solution-harness.ts';

/** Deterministic shuffle (LCG-driven Fisher–Yates) so the values do not arrive grouped. */
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

// 10⁵ elements: value v appears v times for v = 1…446 (99 681 elements), then -1…-319 once each. Every
// count from 2 up is held by exactly one value, so the top k for k ≤ 445 is unique: 446, 445, …
const staircase = shuffled(
  [...Array.from({ length: 446 }, (_, i) => Array<number>(i + 1).fill(i + 1)).flat(), ...Array.from({ length: 319 }, (_, i) => -1 - i)],
  3,
);
const top = (k: number) => Array.from({ length: k }, (_, i) => 446 - i);
// 20 001 distinct values (the whole range) plus one extra copy of 10⁴: counting per distinct value by
// rescanning the array is 2·10⁹ steps.
const wholeRange = shuffled([...Array.from({ length: 20_001 }, (_, i) => i - 10_000), 10_000], 5);

// n = 10⁵. Counting plus buckets (or a heap, or sorting the m ≤ 20 001 distinct values) takes a few ms;
// rescanning the array per distinct value or per answer is O(n·m) or O(n·k), ~10⁹ steps, seconds. 300 ms
// separates them; it cannot separate O(n) from O(n log n).
export default {
  entry: 'topKFrequent',
  compare: 'unordered',
  cases: [
    { args: [[1, 1, 1, 2, 2, 3], 2], expected: [1, 2] },
    { args: [[1], 1], expected: [1] },
    { args: [[4, 4, -1, -1, -1, 5], 1], expected: [-1] },
    { args: [[5, 6], 2], expected: [5, 6] },
    { args: [[3, 0, 1, 0], 1], expected: [0] },
    { args: [[-10_000, 10_000, 10_000, -10_000, 10_000], 2], expected: [10_000, -10_000] },
    { args: [[1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 3], expected: [4, 3, 2] },
    { name: 'max size 10⁵, k = 100', args: () => [staircase, 100], expected: top(100), timeoutMs: 300 },
    { name: 'max size 10⁵, k = 445', args: () => [staircase, 445], expected: top(445), timeoutMs: 300 },
    { name: 'max size 10⁵, whole value range, k = 1', args: () => [wholeRange, 1], expected: [10_000], timeoutMs: 300 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray } from '../solution-builders.ts';

const MAX = 50_000;
const ascending = (length: number) => Array.from({ length }, (_, i) => i * 4 - 100_000);
// A fixed pseudo-random permutation of values in range, so the case is the same every run.
const shuffled = Array.from({ length: MAX }, (_, i) => ((i * 7_919) % 200_001) - 100_000);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

export default {
  entry: 'sortList',
  output: listToArray,
  cases: [
    { args: () => [list([4, 2, 1, 3])], expected: [1, 2, 3, 4] },
    { args: () => [list([-1, 5, 3, 4, 0])], expected: [-1, 0, 3, 4, 5] },
    { args: () => [list([])], expected: [] },
    { args: () => [list([1])], expected: [1] },
    { args: () => [list([2, 1])], expected: [1, 2] },
    { args: () => [list([3, 3, 1, 3, 1])], expected: [1, 1, 3, 3, 3] },
    { args: () => [list([100_000, -100_000, 0])], expected: [-100_000, 0, 100_000] },
    // 5·10⁴ nodes: O(n log n) takes ~10 ms; insertion sort (O(n²), ~1.25·10⁹ steps on these orders) misses 300 ms.
    { name: 'max size, shuffled', args: () => [list(shuffled)], expected: sorted(shuffled), timeoutMs: 300 },
    { name: 'max size, descending', args: () => [list(ascending(MAX).reverse())], expected: ascending(MAX), timeoutMs: 300 },
    { name: 'max size, ascending', args: () => [list(ascending(MAX))], expected: ascending(MAX), timeoutMs: 300 },
  ],
} satisfies SolutionCases;

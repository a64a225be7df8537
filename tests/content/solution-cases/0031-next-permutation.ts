import type { SolutionCases } from '../solution-harness.ts';

const N = 100;
const descending = Array.from({ length: N }, (_, i) => N - i);
// 0, 1, …, 97 then 99, 98: the pivot is 97, swapped with 98, then 99, 97 reversed → …, 96, 98, 97, 99.
const nearlySorted = [...Array.from({ length: N - 2 }, (_, i) => i), 99, 98];
// Pivot at the very front: [1, 100, 99, …, 2] → [2, 1, 3, 4, …, 100].
const pivotFirst = [1, ...Array.from({ length: N - 1 }, (_, i) => N - i)];

export default {
  entry: 'nextPermutation',
  mutates: 0,
  cases: [
    { args: [[1, 2, 3]], expected: [1, 3, 2] },
    { args: [[3, 2, 1]], expected: [1, 2, 3] },
    { args: [[1, 1, 5]], expected: [1, 5, 1] },
    { args: [[1]], expected: [1] },
    { args: [[1, 3, 2]], expected: [2, 1, 3] },
    { args: [[2, 3, 1]], expected: [3, 1, 2] },
    { args: [[1, 5, 1]], expected: [5, 1, 1] },
    { name: 'swap target is the rightmost larger value', args: [[2, 3, 3, 1]], expected: [3, 1, 2, 3] },
    { args: [[0, 0, 0]], expected: [0, 0, 0] },
    // n ≤ 100 is LeetCode's whole range: even generating permutations in order would be slow only for the worst
    // inputs, so the boxes guard against hangs rather than separate O(n) from O(n²).
    { name: 'max size, descending wraps to ascending', args: () => [[...descending]], expected: [...descending].reverse(), timeoutMs: 100 },
    { name: 'max size, pivot near the end', args: () => [[...nearlySorted]], expected: [...Array.from({ length: N - 3 }, (_, i) => i), 98, 97, 99], timeoutMs: 100 },
    { name: 'max size, pivot at the front', args: () => [[...pivotFirst]], expected: [2, 1, ...Array.from({ length: N - 2 }, (_, i) => i + 3)], timeoutMs: 100 },
  ],
} satisfies SolutionCases;

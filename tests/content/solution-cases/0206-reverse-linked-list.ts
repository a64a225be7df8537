import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray } from '../solution-builders.ts';

const MAX = 5_000;
const values = Array.from({ length: MAX }, (_, i) => i * 2 - MAX);

export default {
  entry: 'reverseList',
  output: listToArray,
  cases: [
    { args: () => [list([1, 2, 3, 4, 5])], expected: [5, 4, 3, 2, 1] },
    { args: () => [list([1, 2])], expected: [2, 1] },
    { args: () => [list([])], expected: [] },
    { args: () => [list([7])], expected: [7] },
    { args: () => [list([-5000, 0, 5000, 0])], expected: [0, 5000, 0, -5000] },
    { args: () => [list([3, 3, 1])], expected: [1, 3, 3] },
    // 5000 nodes (LeetCode's limit): O(n) measures ~1 ms of CPU; an O(n²) "detach the tail each time" rebuild
    // (1.25·10⁷ steps) measures ~21 ms, so a 10 ms box separates them.
    { name: 'max size 5000', args: () => [list(values)], expected: [...values].reverse(), timeoutMs: 10 },
  ],
} satisfies SolutionCases;

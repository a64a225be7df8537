import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray } from '../solution-builders.ts';

const evens = Array.from({ length: 50 }, (_, i) => -100 + i * 4);
const odds = Array.from({ length: 50 }, (_, i) => -98 + i * 4);

export default {
  entry: 'mergeTwoLists',
  output: listToArray,
  cases: [
    { args: () => [list([1, 2, 4]), list([1, 3, 4])], expected: [1, 1, 2, 3, 4, 4] },
    { args: () => [list([]), list([])], expected: [] },
    { args: () => [list([]), list([0])], expected: [0] },
    { args: () => [list([5]), list([])], expected: [5] },
    { args: () => [list([1, 2, 3]), list([4, 5, 6])], expected: [1, 2, 3, 4, 5, 6] },
    { args: () => [list([4, 5, 6]), list([1, 2, 3])], expected: [1, 2, 3, 4, 5, 6] },
    { args: () => [list([-100, -100, 100]), list([-100, 0])], expected: [-100, -100, -100, 0, 100] },
    { args: () => [list([2, 2, 2]), list([2, 2])], expected: [2, 2, 2, 2, 2] },
    // 50 + 50 nodes is LeetCode's whole range: every sensible complexity finishes in microseconds, so no time box can
    // tell O(m + n) from a slower class here; the case checks the full interleave at the maximum size.
    { name: 'max size, interleaved', args: () => [list(evens), list(odds)], expected: [...evens, ...odds].sort((x, y) => x - y), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

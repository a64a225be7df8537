import type { SolutionCases } from '../solution-harness.ts';
import { tree, treeToArray } from '../solution-builders.ts';

// Complete tree of 100 nodes: levels of 1, 2, 4, …, 32 (63 nodes) and 37 on the last level under the first
// 19 parents of level 5. Mirroring reverses every level; in level order the 13 childless level-5 parents now
// come first (26 nulls), then parent 49 with only a left child in the original (one more null before 99).
const complete = Array.from({ length: 100 }, (_, i) => i - 50);
function mirroredCompleteLevelOrder(values: number[]): Array<number | null> {
  const out: Array<number | null> = [];
  for (let start = 0, size = 1; start < values.length; start += size, size *= 2) {
    if (start === 63) out.push(...Array.from({ length: 27 }, () => null));
    out.push(...values.slice(start, start + size).reverse());
  }
  return out;
}

export default {
  entry: 'invertTree',
  output: treeToArray,
  cases: [
    { args: () => [tree([4, 2, 7, 1, 3, 6, 9])], expected: [4, 7, 2, 9, 6, 3, 1] },
    { args: () => [tree([2, 1, 3])], expected: [2, 3, 1] },
    { args: () => [tree([])], expected: [] },
    { args: () => [tree([1])], expected: [1] },
    { args: () => [tree([1, 2])], expected: [1, null, 2] },
    { args: () => [tree([1, 2, null, 3, null, 4])], expected: [1, null, 2, null, 3, null, 4] },
    { args: () => [tree([5, -1, 8, null, 3, 7])], expected: [5, 8, -1, null, 7, 3] },
    // n ≤ 100 is LeetCode's whole range: every complexity finishes in microseconds, so the box only guards against hangs.
    { name: 'max size, complete tree', args: () => [tree(complete)], expected: mirroredCompleteLevelOrder(complete), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

const MAX = 10_000;
/** Root with a left chain of `left` nodes and a right chain of `right` nodes: diameter = left + right. */
function twoChains(left: number, right: number): Array<number | null> {
  const values: Array<number | null> = [0, left > 0 ? 1 : null, right > 0 ? 2 : null];
  for (let i = 1; i < Math.max(left, right); i++) {
    if (i < left) values.push(i % 100, null);
    else if (i === left) values.push(null, null); // placeholder that keeps the right chain's slots aligned
    if (i < right) values.push(null, -(i % 100));
  }
  return values;
}

export default {
  entry: 'diameterOfBinaryTree',
  cases: [
    { args: () => [tree([1, 2, 3, 4, 5])], expected: 3 },
    { args: () => [tree([1, 2])], expected: 1 },
    { name: 'longest path avoids the root', args: () => [tree([1, 2, null, 3, 4, 5, null, null, 6])], expected: 4 },
    { args: () => [tree([1])], expected: 0 },
    { args: () => [tree([1, 2, 3])], expected: 2 },
    { name: 'deep subtree under one side', args: () => [tree([1, 2, 3, 4, 5, null, null, 6, null, null, 7, 8, null, null, 9])], expected: 6 },
    // 10⁴ nodes, chains 10⁴ deep: O(n) measures 4–14 ms of CPU; recomputing both subtree heights at every node
    // (O(n²) on a chain, 5·10⁷ steps) measures 480–600 ms, so 120 ms separates them.
    { name: 'max size, one chain of 10⁴', args: () => [tree(twoChains(MAX - 1, 0))], expected: MAX - 1, timeoutMs: 120 },
    { name: 'max size, two chains through the root', args: () => [tree(twoChains(4_000, MAX - 4_001))], expected: MAX - 1, timeoutMs: 120 },
    { name: 'max size, complete tree', args: () => [tree(Array.from({ length: MAX }, (_, i) => i % 100))], expected: 25, timeoutMs: 120 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

/** Root plus two mirrored chains of `depth` nodes: left side goes left, right side goes right. */
function mirroredChains(depth: number, changeAt = -1): Array<number | null> {
  const values: Array<number | null> = [0, 1, 1];
  for (let i = 2; i <= depth; i++) {
    const value = i % 201 - 100;
    values.push(value, null, null, i === changeAt ? value + 1 : value);
  }
  return values;
}
// 511 nodes, complete, each level a palindrome: symmetric.
function symmetricComplete(levels: number): number[] {
  const values: number[] = [];
  for (let level = 0; level < levels; level++) {
    const size = 2 ** level;
    for (let i = 0; i < size; i++) values.push(Math.min(i, size - 1 - i) % 100);
  }
  return values;
}
const complete = symmetricComplete(9);
const brokenComplete = complete.map((value, i) => (i === 500 ? value + 1 : value));

export default {
  entry: 'isSymmetric',
  cases: [
    { args: () => [tree([1, 2, 2, 3, 4, 4, 3])], expected: true },
    { args: () => [tree([1, 2, 2, null, 3, null, 3])], expected: false },
    { args: () => [tree([1])], expected: true },
    { args: () => [tree([1, 2])], expected: false },
    { args: () => [tree([1, 2, 3])], expected: false },
    { name: 'same values, different shape', args: () => [tree([1, 2, 2, 2, null, 2])], expected: false },
    { args: () => [tree([5, -3, -3, null, 7, 7])], expected: true },
    // n ≤ 1000 is LeetCode's whole range: even an O(n²) solution is ~10⁶ steps, so the box only guards against hangs.
    { name: 'max size, 999 nodes: two mirrored chains of 499', args: () => [tree(mirroredChains(499))], expected: true, timeoutMs: 100 },
    { name: '999 nodes, chains differing at the bottom', args: () => [tree(mirroredChains(499, 499))], expected: false, timeoutMs: 100 },
    { name: '511-node complete tree, symmetric', args: () => [tree(complete)], expected: true, timeoutMs: 100 },
    { name: '511-node complete tree, one leaf changed', args: () => [tree(brokenComplete)], expected: false, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

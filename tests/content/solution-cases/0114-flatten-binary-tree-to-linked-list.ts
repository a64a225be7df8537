import type { SolutionCases } from '../solution-harness.ts';
import { tree, treeToArray } from '../solution-builders.ts';

/** Expected shape: the pre-order values as a right-only chain in level order, [a, null, b, null, c, …]. */
const chainOf = (values: number[]) => values.flatMap((value, i) => (i === 0 ? [value] : [null, value]));

const MAX = 2_000;
const complete = Array.from({ length: MAX }, (_, i) => (i % 201) - 100);
function preorderOfComplete(values: number[]): number[] {
  const out: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const index = stack.pop()!;
    if (index >= values.length) continue;
    out.push(values[index]!);
    stack.push(2 * index + 2, 2 * index + 1);
  }
  return out;
}
// A 2000-node left chain: every node moves, and each step finds the rightmost node immediately.
const leftChain: Array<number | null> = [0];
for (let i = 1; i < MAX; i++) leftChain.push(i % 100, null);

export default {
  entry: 'flatten',
  mutates: 0,
  output: treeToArray,
  cases: [
    { args: () => [tree([1, 2, 5, 3, 4, null, 6])], expected: [1, null, 2, null, 3, null, 4, null, 5, null, 6] },
    { args: () => [tree([])], expected: [] },
    { args: () => [tree([0])], expected: [0] },
    { name: 'already flat', args: () => [tree([1, null, 2, null, 3])], expected: [1, null, 2, null, 3] },
    { name: 'left only', args: () => [tree([1, 2, null, 3])], expected: chainOf([1, 2, 3]) },
    { args: () => [tree([1, 2, 3, null, 4, 5])], expected: chainOf([1, 2, 4, 3, 5]) },
    // n ≤ 2000 is LeetCode's whole range: even O(n²) is ~4·10⁶ steps, so the box only guards against hangs.
    { name: 'max size, complete tree', args: () => [tree(complete)], expected: chainOf(preorderOfComplete(complete)), timeoutMs: 100 },
    { name: 'max size, left chain', args: () => [tree(leftChain)], expected: chainOf([0, ...Array.from({ length: MAX - 1 }, (_, i) => (i + 1) % 100)]), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

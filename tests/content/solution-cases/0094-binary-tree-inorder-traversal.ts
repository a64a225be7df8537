import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

// 100 nodes in a complete tree, values = level-order index: its in-order sequence computed independently.
const complete = Array.from({ length: 100 }, (_, i) => i - 50);
function completeInorder(index = 0, out: number[] = []): number[] {
  if (index >= complete.length) return out;
  completeInorder(2 * index + 1, out);
  out.push(complete[index]!);
  completeInorder(2 * index + 2, out);
  return out;
}
// 100 nodes, each the left child of the previous one.
const leftChain: Array<number | null> = [100];
for (let i = 1; i < 100; i++) leftChain.push(100 - i, null);

export default {
  entry: 'inorderTraversal',
  cases: [
    { args: () => [tree([1, null, 2, 3])], expected: [1, 3, 2] },
    { args: () => [tree([1, 2, 3, 4, 5, null, 8, null, null, 6, 7, 9])], expected: [4, 2, 6, 5, 7, 1, 3, 9, 8] },
    { args: () => [tree([])], expected: [] },
    { args: () => [tree([1])], expected: [1] },
    { args: () => [tree([2, 1, 3])], expected: [1, 2, 3] },
    { args: () => [tree([-100, null, 100, -5])], expected: [-100, -5, 100] },
    // n ≤ 100 is LeetCode's whole range: every complexity finishes in microseconds, so the box only guards against hangs.
    { name: 'max size, complete tree', args: () => [tree(complete)], expected: completeInorder(), timeoutMs: 100 },
    { name: 'max size, left chain', args: () => [tree(leftChain)], expected: Array.from({ length: 100 }, (_, i) => i + 1), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

const N = 10_000;
/** Values 0 … n-1 (times `scale`) placed as a complete BST, in level order. */
function completeBst(n: number, scale = 1): number[] {
  const levelOrder = new Array<number>(n);
  let next = 0;
  const stack: number[] = [];
  for (let slot = 0; slot < n || stack.length > 0; ) {
    while (slot < n) {
      stack.push(slot);
      slot = 2 * slot + 1;
    }
    const top = stack.pop()!;
    levelOrder[top] = next++ * scale;
    slot = 2 * top + 2;
  }
  return levelOrder;
}
/** Left chain n-1, n-2, …, 0: the smallest value is 10⁴ levels down. */
const leftChain: Array<number | null> = [N - 1];
for (let i = N - 2; i >= 0; i--) leftChain.push(i, null);

export default {
  entry: 'kthSmallest',
  cases: [
    { args: () => [tree([3, 1, 4, null, 2]), 1], expected: 1 },
    { args: () => [tree([5, 3, 6, 2, 4, null, null, 1]), 3], expected: 3 },
    { args: () => [tree([2, 1, 3]), 3], expected: 3 },
    { args: () => [tree([0]), 1], expected: 0 },
    { args: () => [tree([1, null, 2, null, 3]), 2], expected: 2 },
    { args: () => [tree([10_000, 0]), 2], expected: 10_000 },
    // 10⁴ nodes: O(h + k) ≤ O(n) takes ~1 ms. Collecting and sorting every value is O(n log n) and cannot be told
    // apart; 200 ms fails O(n²) (e.g. counting a subtree's size from scratch at every step on a chain, ~5·10⁷+).
    { name: 'max size, complete BST, k = n', args: () => [tree(completeBst(N)), N], expected: N - 1, timeoutMs: 200 },
    { name: 'max size, complete BST, k in the middle', args: () => [tree(completeBst(N)), 5_000], expected: 4_999, timeoutMs: 200 },
    { name: 'max size, left chain, k = 1', args: () => [tree(leftChain), 1], expected: 0, timeoutMs: 200 },
    { name: 'max size, left chain, k = n', args: () => [tree(leftChain), N], expected: N - 1, timeoutMs: 200 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

const MIN = -(2 ** 31);
const MAXV = 2 ** 31 - 1;
const N = 10_000;

/** A perfect-ish BST in level order: the values 0 … n-1 arranged as a complete binary search tree. */
function completeBst(n: number): number[] {
  const levelOrder = new Array<number>(n);
  let next = 0;
  // Fill a complete tree's slots in in-order order, iteratively.
  const stack: number[] = [];
  for (let slot = 0; slot < n || stack.length > 0; ) {
    while (slot < n) {
      stack.push(slot);
      slot = 2 * slot + 1;
    }
    const top = stack.pop()!;
    levelOrder[top] = next++;
    slot = 2 * top + 2;
  }
  return levelOrder;
}
/** Right chain 0, 1, 2, …: a valid BST 10⁴ deep. */
const chain: Array<number | null> = [0];
for (let i = 1; i < N; i++) chain.push(null, i);
const brokenChain = [...chain];
brokenChain[brokenChain.length - 1] = 5; // the deepest node is smaller than an ancestor

export default {
  entry: 'isValidBST',
  cases: [
    { args: () => [tree([2, 1, 3])], expected: true },
    { args: () => [tree([5, 1, 4, null, null, 3, 6])], expected: false },
    { name: 'violation against a grandparent', args: () => [tree([5, 4, 6, null, null, 3, 7])], expected: false },
    { args: () => [tree([1])], expected: true },
    { name: 'equal values are not allowed', args: () => [tree([2, 2, 2])], expected: false },
    { name: 'equal value as right child', args: () => [tree([1, null, 1])], expected: false },
    { name: 'extreme values', args: () => [tree([MIN, null, MAXV])], expected: true },
    { name: 'minimum value alone', args: () => [tree([MIN])], expected: true },
    { name: 'left child equal to the minimum', args: () => [tree([MIN, MIN])], expected: false },
    { args: () => [tree([3, 1, 5, 0, 2, 4, 6])], expected: true },
    // 10⁴ nodes, chains 10⁴ deep: O(n) measures 1–5 ms of CPU; checking every node against its whole subtrees is
    // O(n²) on the valid chain (5·10⁷ steps) and measures ~250 ms, so 50 ms separates them.
    { name: 'max size, complete BST', args: () => [tree(completeBst(N))], expected: true, timeoutMs: 50 },
    { name: 'max size, valid chain', args: () => [tree(chain)], expected: true, timeoutMs: 50 },
    { name: 'max size, chain broken at the bottom', args: () => [tree(brokenChain)], expected: false, timeoutMs: 50 },
  ],
} satisfies SolutionCases;

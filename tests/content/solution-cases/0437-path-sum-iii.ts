import type { SolutionCases } from '../solution-harness.ts';
import { tree, type TreeNodeShape } from '../solution-builders.ts';

/** Brute force reference: from every node, every downward path (iterative; n ≤ 1000 keeps this cheap). */
function countPaths(levelOrder: Array<number | null>, target: number): number {
  const root = tree(levelOrder);
  let total = 0;
  const starts: TreeNodeShape[] = root ? [root] : [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (start.left) starts.push(start.left);
    if (start.right) starts.push(start.right);
    const stack: Array<[TreeNodeShape, number]> = [[start, start.val]];
    while (stack.length > 0) {
      const [node, sum] = stack.pop()!;
      if (sum === target) total++;
      if (node.left) stack.push([node.left, sum + node.left.val]);
      if (node.right) stack.push([node.right, sum + node.right.val]);
    }
  }
  return total;
}

function pathCase(levelOrder: Array<number | null>, target: number, name?: string, timeoutMs?: number) {
  return { name, args: () => [tree(levelOrder), target], expected: countPaths(levelOrder, target), timeoutMs };
}

const N = 1_000;
// Chain of 1000 alternating 1 and -1: very many zero-sum and small-sum paths.
const chain: Array<number | null> = [1];
for (let i = 1; i < N; i++) chain.push(null, i % 2 === 0 ? 1 : -1);
// Complete tree of 1000 with small values.
const complete = Array.from({ length: N }, (_, i) => (i * 37) % 7 - 3);
// Huge values whose sums only meet the target through cancellation.
const huge = Array.from({ length: N }, (_, i) => (i % 2 === 0 ? 1_000_000_000 : -1_000_000_000 + (i % 3)));

export default {
  entry: 'pathSum',
  cases: [
    { args: () => [tree([10, 5, -3, 3, 2, null, 11, 3, -2, null, 1]), 8], expected: 3 },
    { args: () => [tree([5, 4, 8, 11, null, 13, 4, 7, 2, null, null, 5, 1]), 22], expected: 3 },
    { args: () => [tree([0, 0]), 0], expected: 3 },
    { args: () => [tree([]), 0], expected: 0 },
    { args: () => [tree([1]), 0], expected: 0 },
    { args: () => [tree([1, -1, 0]), 0], expected: 2 },
    // The whole chain sums to exactly 2³²: a solution that truncates sums to 32 bits would count it for target 0.
    { name: 'sums beyond 32 bits', args: () => [tree([1_000_000_000, 1_000_000_000, null, 1_000_000_000, null, 1_000_000_000, null, 294_967_296]), 0], expected: 0 },
    pathCase([1_000_000_000, -1_000_000_000, 1_000_000_000, 1_000, -1_000, -999_999_000], -999, 'huge values'),
    // n ≤ 1000 is LeetCode's whole range: brute force is O(n·h) ≈ 5·10⁵ steps on the chain, so no box separates it
    // from O(n); 100 ms only fails exponential enumeration or a hang.
    pathCase(chain, 0, 'max size, alternating chain, target 0', 100),
    pathCase(chain, 1, 'max size, alternating chain, target 1', 100),
    pathCase(complete, -3, 'max size, complete tree', 100),
    pathCase(huge, 1, 'max size, huge values', 100),
  ],
} satisfies SolutionCases;

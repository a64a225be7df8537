import type { SolutionCases } from '../solution-harness.ts';
import { findNode, tree, type TreeNodeShape } from '../solution-builders.ts';

/** The answer is a node identity; `expectedVal` names it (values are unique) and the check compares the node itself. */
function lcaCase(levelOrder: Array<number | null>, p: number, q: number, expectedVal: number, name?: string, timeoutMs?: number) {
  return {
    name,
    timeoutMs,
    args: () => {
      const root = tree(levelOrder);
      return [root, findNode(root, p), findNode(root, q)];
    },
    check: (result: unknown, args: unknown[]) => {
      const expected = findNode(args[0] as TreeNodeShape, expectedVal);
      if (result === expected) return undefined;
      const val = (result as { val?: unknown } | null)?.val;
      return `returned ${result === null ? 'null' : `a node with val ${String(val)}`}, expected the tree's node ${expectedVal}`;
    },
  };
}

const example = [3, 5, 1, 6, 2, 0, 8, null, null, 7, 4];
const N = 100_000;
// Complete tree, level-order values 1 … n: node i's parent is ⌊i / 2⌋ (1-based), so answers are easy to derive.
const complete = Array.from({ length: N }, (_, i) => i + 1);
// A right chain of 10⁵ nodes: 10⁵ deep.
const chain: Array<number | null> = [1];
for (let i = 2; i <= N; i++) chain.push(null, i);

export default {
  entry: 'lowestCommonAncestor',
  cases: [
    lcaCase(example, 5, 1, 3),
    lcaCase(example, 5, 4, 5),
    lcaCase([1, 2], 1, 2, 1),
    lcaCase([1, 2], 2, 1, 1, 'q is the ancestor'),
    lcaCase(example, 7, 4, 2),
    lcaCase(example, 6, 4, 5),
    lcaCase(example, 7, 8, 3),
    lcaCase([-1_000_000_000, 0, 1_000_000_000, null, 7], 7, 1_000_000_000, -1_000_000_000),
    // 10⁵ nodes: O(n) takes ~10–30 ms. Asking "does this subtree contain p and q?" from each node down the
    // path is O(n·h), ~5·10⁹ steps on the chain, and misses 600 ms by far.
    lcaCase(complete, 65_536, 99_999, 1, 'max size, complete tree, nodes in different halves', 600),
    lcaCase(complete, 100_000, 99_999, 1_562, 'max size, complete tree, deep cousins', 600),
    lcaCase(chain, 99_999, 100_000, 99_999, 'max size, chain of 10⁵, deepest pair', 600),
    lcaCase(chain, 1, 100_000, 1, 'max size, chain of 10⁵, root and deepest', 600),
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { tree, treeToArray, type TreeNodeShape } from '../solution-builders.ts';

/** Pre-order and in-order of a tree given in level order, computed iteratively, so the expected tree is the input. */
function traversals(levelOrder: Array<number | null>): [number[], number[]] {
  const root = tree(levelOrder);
  const pre: number[] = [];
  const stack: TreeNodeShape[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    pre.push(node.val);
    if (node.right) stack.push(node.right);
    if (node.left) stack.push(node.left);
  }
  const ino: number[] = [];
  const path: TreeNodeShape[] = [];
  for (let node = root; node !== null || path.length > 0; ) {
    while (node !== null) {
      path.push(node);
      node = node.left;
    }
    const top = path.pop()!;
    ino.push(top.val);
    node = top.right;
  }
  return [pre, ino];
}

function rebuild(levelOrder: Array<number | null>, name?: string, timeoutMs?: number) {
  return { name, args: traversals(levelOrder), expected: treeToArray(tree(levelOrder)), timeoutMs };
}

const MAX = 3_000;
const complete = Array.from({ length: MAX }, (_, i) => i - 1_500);
// Zig-zag chain of 3000 distinct values: depth 3000, alternating left and right children.
const zigzag: Array<number | null> = [-3_000];
for (let i = 1; i < MAX; i++) zigzag.push(...(i % 2 === 1 ? [-3_000 + 2 * i, null] : [null, -3_000 + 2 * i]));

export default {
  entry: 'buildTree',
  output: treeToArray,
  cases: [
    { args: [[3, 9, 20, 15, 7], [9, 3, 15, 20, 7]], expected: [3, 9, 20, null, null, 15, 7] },
    { args: [[-1], [-1]], expected: [-1] },
    { args: [[1, 2], [1, 2]], expected: [1, null, 2] },
    { args: [[1, 2], [2, 1]], expected: [1, 2] },
    rebuild([1, 2, 3, 4, null, 5, 6, null, 7]),
    rebuild([5, 3, 8, 1, 4, 7, 9, 0, 2, null, null, 6]),
    // n ≤ 3000: O(n) takes ~1 ms; searching the in-order array for every root (O(n²), ≤ 9·10⁶ steps, ~10 ms on the
    // chain) cannot be separated reliably at this size, so 200 ms only fails cubic work or a hang.
    rebuild(complete, 'max size, complete tree', 200),
    rebuild(zigzag, 'max size, zig-zag chain of 3000', 200),
  ],
} satisfies SolutionCases;

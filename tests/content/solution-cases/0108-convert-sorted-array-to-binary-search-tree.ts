import type { SolutionCases } from '../solution-harness.ts';
import { treeToArray, type TreeNodeShape } from '../solution-builders.ts';

/**
 * Any height-balanced BST of exactly these values is right: its in-order walk must be `nums`, and every node's
 * subtree heights differ by at most one. Walks are iterative so a wrong answer shaped like a 10⁴-long chain is
 * reported, not a stack overflow.
 */
function checkBalancedBst(result: unknown, args: unknown[]): string | undefined {
  const nums = args[0] as number[];
  let shape: Array<number | null>;
  try {
    shape = treeToArray(result); // also rejects a node reached twice
  } catch (error) {
    return (error as Error).message;
  }
  const root = result as TreeNodeShape | null;
  const inorder: number[] = [];
  const stack: TreeNodeShape[] = [];
  for (let node = root; node !== null || stack.length > 0; ) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    const top = stack.pop()!;
    inorder.push(top.val);
    node = top.right;
  }
  if (JSON.stringify(inorder) !== JSON.stringify(nums)) return `in-order walk is ${JSON.stringify(inorder).slice(0, 120)}, not the input`;
  const order: TreeNodeShape[] = [];
  for (const pending = root === null ? [] : [root]; pending.length > 0; ) {
    const node = pending.pop()!;
    order.push(node);
    if (node.left) pending.push(node.left);
    if (node.right) pending.push(node.right);
  }
  const height = new Map<TreeNodeShape, number>();
  for (const node of order.reverse()) {
    const left = node.left ? height.get(node.left)! : 0;
    const right = node.right ? height.get(node.right)! : 0;
    if (Math.abs(left - right) > 1) return `node ${node.val} has subtrees of height ${left} and ${right}: not balanced (${JSON.stringify(shape).slice(0, 80)})`;
    height.set(node, 1 + Math.max(left, right));
  }
  return undefined;
}

const MAX = 10_000;
const full = Array.from({ length: MAX }, (_, i) => -10_000 + 2 * i);

export default {
  entry: 'sortedArrayToBST',
  cases: [
    { args: [[-10, -3, 0, 5, 9]], check: checkBalancedBst },
    { args: [[1, 3]], check: checkBalancedBst },
    { args: [[7]], check: checkBalancedBst },
    { args: [[1, 2, 3]], check: checkBalancedBst },
    { args: [[-10_000, 10_000]], check: checkBalancedBst },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8]], check: checkBalancedBst },
    { args: [Array.from({ length: 31 }, (_, i) => i)], check: checkBalancedBst },
    // 10⁴ values: O(n) takes ~1 ms. Slicing at every level (O(n log n)) cannot be told apart by time; an O(n²)
    // build (~10⁸ steps) misses 100 ms.
    { name: 'max size 10⁴', args: () => [full], check: checkBalancedBst, timeoutMs: 100 },
    { name: '2¹³ - 1 values (a perfect tree)', args: () => [full.slice(0, 8_191)], check: checkBalancedBst, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

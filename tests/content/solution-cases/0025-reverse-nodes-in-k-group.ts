import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray, type ListNodeShape } from '../solution-builders.ts';

/** Reference answer on plain arrays. */
function reverseInGroups(values: number[], k: number): number[] {
  const out: number[] = [];
  for (let start = 0; start < values.length; start += k) {
    const group = values.slice(start, start + k);
    out.push(...(group.length === k ? group.reverse() : group));
  }
  return out;
}

/** Moving values instead of nodes is not allowed: the result must be the original nodes, regrouped. */
function nodesMoved(values: number[], k: number, name: string, timeoutMs?: number) {
  let originals: ListNodeShape[] = [];
  return {
    name,
    timeoutMs,
    args: () => {
      const head = list(values);
      originals = [];
      for (let node = head; node !== null; node = node.next) originals.push(node);
      return [head, k];
    },
    check: (result: unknown) => {
      const order = reverseInGroups(values.map((_, i) => i), k);
      let node = result as ListNodeShape | null;
      for (let i = 0; i < order.length; i++, node = node!.next) {
        if (node === null) return `returned only ${i} nodes, expected ${order.length}`;
        if (node !== originals[order[i]!]) return `position ${i} is not the original node ${order[i]} (values moved instead of nodes?)`;
      }
      return node === null ? undefined : 'returned more nodes than the input had';
    },
  };
}

const MAX = 5_000;
const values = Array.from({ length: MAX }, (_, i) => i % 1001);

export default {
  entry: 'reverseKGroup',
  output: listToArray,
  cases: [
    { args: () => [list([1, 2, 3, 4, 5]), 2], expected: [2, 1, 4, 3, 5] },
    { args: () => [list([1, 2, 3, 4, 5]), 3], expected: [3, 2, 1, 4, 5] },
    { args: () => [list([1, 2, 3]), 1], expected: [1, 2, 3] },
    { name: 'k = n', args: () => [list([1, 2, 3, 4]), 4], expected: [4, 3, 2, 1] },
    { name: 'single node', args: () => [list([9]), 1], expected: [9] },
    { name: 'n a multiple of k', args: () => [list([1, 2, 3, 4, 5, 6]), 3], expected: [3, 2, 1, 6, 5, 4] },
    { name: 'k = n - 1', args: () => [list([1, 2, 3]), 2], expected: [2, 1, 3] },
    nodesMoved([1, 2, 3, 4, 5, 6, 7], 3, 'nodes move, not values'),
    // n = 5000: O(n) takes ~1 ms. At this size an O(n·k) approach (re-walking each group per node) is only
    // ~10⁷ steps, too close to separate by time; 200 ms fails an O(n²)-per-group or cubic solution.
    { name: 'max size, k = 2', args: () => [list(values), 2], expected: reverseInGroups(values, 2), timeoutMs: 200 },
    { name: 'max size, k = 64 with a short tail', args: () => [list(values), 64], expected: reverseInGroups(values, 64), timeoutMs: 200 },
    nodesMoved(values, 7, 'max size, k = 7, nodes move', 200),
    { name: 'max size, k = n', args: () => [list(values), MAX], expected: [...values].reverse(), timeoutMs: 200 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { cyclicList, nodeAt, type ListNodeShape } from '../solution-builders.ts';

/**
 * A case whose answer is the node at `pos` itself (or null), compared by identity. The list must be left
 * exactly as it was: the problem forbids modifying it.
 */
function cycleCase(values: number[], pos: number, extra: { name?: string; timeoutMs?: number } = {}) {
  let nodes: ListNodeShape[] = [];
  return {
    ...extra,
    args: () => {
      const head = cyclicList(values, pos);
      nodes = values.map((_, i) => nodeAt(head, i));
      return [head];
    },
    check: (result: unknown, args: unknown[]) => {
      const expected = pos === -1 ? null : nodes[pos]!;
      if (result !== expected) {
        const index = nodes.indexOf(result as ListNodeShape);
        const got = result === null ? 'null' : index === -1 ? 'a node not in the list' : `the node at index ${index}`;
        return `returned ${got}, expected ${pos === -1 ? 'null' : `the node at index ${pos}`}`;
      }
      let node = args[0] as ListNodeShape | null;
      for (let i = 0; i < nodes.length; i++, node = node!.next) {
        if (node !== nodes[i]) return `modified the list: position ${i} is no longer the original node`;
      }
      if (node !== expected) return 'modified the list: the tail no longer links where it did';
      return undefined;
    },
  };
}

const MAX = 10_000;
const values = Array.from({ length: MAX }, (_, i) => i % 7);

export default {
  entry: 'detectCycle',
  cases: [
    cycleCase([3, 2, 0, -4], 1),
    cycleCase([1, 2], 0),
    cycleCase([1], -1),
    cycleCase([], -1, { name: 'empty list' }),
    cycleCase([1], 0, { name: 'single node pointing at itself' }),
    cycleCase([4, 4, 4, 4, 4], 2, { name: 'all values equal: identity, not value' }),
    cycleCase([1, 2, 3, 4, 5, 6], 5, { name: 'loop of length one at the tail' }),
    cycleCase([1, 2, 3], -1, { name: 'no cycle' }),
    // 10⁴ nodes: O(n) measures 1.5–2.5 ms of CPU, an O(n²) "is this node already in an array" scan 16–17 ms: too
    // close for a box with a safe margin on both sides, so 100 ms only fails cubic work or an endless loop.
    cycleCase(values, 0, { name: 'max size, cycle through the whole list', timeoutMs: 100 }),
    cycleCase(values, 4_321, { name: 'max size, long tail then a loop', timeoutMs: 100 }),
  ],
} satisfies SolutionCases;

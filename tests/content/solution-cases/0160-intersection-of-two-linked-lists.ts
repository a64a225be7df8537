import type { SolutionCases } from '../solution-harness.ts';
import { intersectingLists, type ListNodeShape } from '../solution-builders.ts';

function nodesOf(head: ListNodeShape | null): ListNodeShape[] {
  const nodes: ListNodeShape[] = [];
  for (let node = head; node !== null; node = node.next) nodes.push(node);
  return nodes;
}

/** Walks at most one node past the expected ones, so a solution that left a cycle behind cannot hang the check. */
function sameNodes(head: ListNodeShape | null, expected: ListNodeShape[]): boolean {
  let node = head;
  for (const want of expected) {
    if (node !== want) return false;
    node = node.next;
  }
  return node === null;
}

/**
 * The answer is a node identity: the very node both lists share (recorded when the lists are built), not a
 * node with an equal value. The lists must also keep their original links after the call.
 */
function intersectionCase(a: number[], b: number[], common: number[], name?: string, timeoutMs?: number) {
  let built: { intersection: ListNodeShape | null; nodesA: ListNodeShape[]; nodesB: ListNodeShape[] } | null = null;
  return {
    name,
    timeoutMs,
    args: () => {
      const { headA, headB, intersection } = intersectingLists(a, b, common);
      built = { intersection, nodesA: nodesOf(headA), nodesB: nodesOf(headB) };
      return [headA, headB];
    },
    check: (result: unknown, args: unknown[]) => {
      const { intersection, nodesA, nodesB } = built!;
      if (result !== intersection) {
        const index = nodesA.indexOf(result as ListNodeShape);
        const got = result === null ? 'null' : index === -1 ? 'a node outside list A' : `the node at index ${index} of list A`;
        return `returned ${got}, expected ${intersection === null ? 'null' : `the node at index ${a.length} of list A`}`;
      }
      if (!sameNodes(args[0] as ListNodeShape | null, nodesA) || !sameNodes(args[1] as ListNodeShape | null, nodesB)) {
        return 'changed the links of the lists (they must keep their original structure)';
      }
      return undefined;
    },
  };
}

const MAX = 30_000;
const ascending = (length: number, from = 1) => Array.from({ length }, (_, i) => from + i);

export default {
  entry: 'getIntersectionNode',
  cases: [
    intersectionCase([4, 1], [5, 6, 1], [8, 4, 5], 'example 1: equal values before the junction'),
    intersectionCase([1, 9, 1], [3], [2, 4], 'example 2'),
    intersectionCase([2, 6, 4], [1, 5], [], 'example 3: no intersection'),
    intersectionCase([], [], [1, 2, 3], 'the lists are the same list'),
    intersectionCase([], [7, 8], [9], 'A is a suffix of B'),
    intersectionCase([1], [1], [], 'single nodes, apart'),
    intersectionCase([5, 5, 5], [5], [5], 'same values everywhere, shared only at the tail'),
    // m = n = 3·10⁴: O(m + n) walks 1.2·10⁵ nodes in well under 10 ms; a nested O(m·n) scan does 9·10⁸ steps and misses 300 ms.
    intersectionCase(ascending(MAX), ascending(MAX, MAX + 1), [], 'max size, no intersection', 300),
    intersectionCase(ascending(MAX - 1), ascending(MAX - 1, MAX), [100_000], 'max size, shared last node only', 300),
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { intersectingLists, type ListNodeShape } from '../solution-builders.ts';

/** The first node of headB that is also a node of headA, found with a set (independent of the card's idea). */
function firstSharedNode(headA: ListNodeShape | null, headB: ListNodeShape | null): ListNodeShape | null {
  const inA = new Set<ListNodeShape>();
  for (let node = headA; node !== null; node = node.next) inA.add(node);
  for (let node = headB; node !== null; node = node.next) if (inA.has(node)) return node;
  return null;
}

function describeNode(node: unknown, headA: ListNodeShape | null): string {
  if (node === null) return 'null';
  let index = 0;
  for (let walk = headA; walk !== null; walk = walk.next, index++) if (walk === node) return `the node at index ${index} of list A (val ${walk.val})`;
  return `a node outside list A (${JSON.stringify((node as { val?: unknown })?.val)})`;
}

/** The answer is a node identity: the very node both lists share, not a node with an equal value. */
function checkIntersection(result: unknown, args: unknown[]): string | undefined {
  const [headA, headB] = args as [ListNodeShape | null, ListNodeShape | null];
  const expected = firstSharedNode(headA, headB);
  if (result === expected) return undefined;
  return `returned ${describeNode(result, headA)}, expected ${describeNode(expected, headA)}`;
}

function lists(a: number[], b: number[], common: number[]) {
  return () => {
    const { headA, headB } = intersectingLists(a, b, common);
    return [headA, headB];
  };
}

const MAX = 30_000;
const ascending = (length: number, from = 1) => Array.from({ length }, (_, i) => from + i);

export default {
  entry: 'getIntersectionNode',
  cases: [
    { name: 'example 1: equal values before the junction', args: lists([4, 1], [5, 6, 1], [8, 4, 5]), check: checkIntersection },
    { name: 'example 2', args: lists([1, 9, 1], [3], [2, 4]), check: checkIntersection },
    { name: 'example 3: no intersection', args: lists([2, 6, 4], [1, 5], []), check: checkIntersection },
    { name: 'the lists are the same list', args: lists([], [], [1, 2, 3]), check: checkIntersection },
    { name: 'A is a suffix of B', args: lists([], [7, 8], [9]), check: checkIntersection },
    { name: 'single nodes, apart', args: lists([1], [1], []), check: checkIntersection },
    { name: 'same values everywhere, shared only at the tail', args: lists([5, 5, 5], [5], [5]), check: checkIntersection },
    // m = n = 3·10⁴: O(m + n) walks 1.2·10⁵ nodes in well under 10 ms; a nested O(m·n) scan does 9·10⁸ steps and misses 300 ms.
    { name: 'max size, no intersection', args: lists(ascending(MAX), ascending(MAX, MAX + 1), []), check: checkIntersection, timeoutMs: 300 },
    { name: 'max size, shared last node only', args: lists(ascending(MAX - 1), ascending(MAX - 1, MAX), [100_000]), check: checkIntersection, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

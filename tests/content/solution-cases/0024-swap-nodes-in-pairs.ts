import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray, type ListNodeShape } from '../solution-builders.ts';

/** Swapping values instead of nodes is not allowed: the result must hold the original nodes in swapped order. */
function swappedNodes(values: number[]) {
  let originals: ListNodeShape[] = [];
  return {
    args: () => {
      const head = list(values);
      originals = [];
      for (let node = head; node !== null; node = node.next) originals.push(node);
      return [head];
    },
    check: (result: unknown) => {
      const got: unknown[] = [];
      for (let node = result as ListNodeShape | null; node !== null && got.length <= values.length; node = node.next) got.push(node);
      const expected = originals.map((_, i) => originals[i % 2 === 0 ? (i + 1 < originals.length ? i + 1 : i) : i - 1]);
      if (got.length !== expected.length) return `returned ${got.length} nodes, expected ${expected.length}`;
      const wrong = got.findIndex((node, i) => node !== expected[i]);
      if (wrong !== -1) return `position ${wrong} holds ${JSON.stringify(listToArray(result).slice(0, 12))}…: not the original nodes swapped in pairs`;
      return undefined;
    },
  };
}

const hundred = Array.from({ length: 100 }, (_, i) => i);
const ninetyNine = hundred.slice(0, 99);

export default {
  entry: 'swapPairs',
  output: listToArray,
  cases: [
    { args: () => [list([1, 2, 3, 4])], expected: [2, 1, 4, 3] },
    { args: () => [list([])], expected: [] },
    { args: () => [list([1])], expected: [1] },
    { args: () => [list([1, 2, 3])], expected: [2, 1, 3] },
    { args: () => [list([5, 5])], expected: [5, 5] },
    { name: 'nodes move, not values', ...swappedNodes([1, 2, 3, 4, 5]) },
    // n ≤ 100 is LeetCode's whole range: every complexity finishes in microseconds, so the box only guards against hangs.
    { name: 'max size, even', ...swappedNodes(hundred), timeoutMs: 100 },
    { name: 'max size 99, odd', args: () => [list(ninetyNine)], expected: ninetyNine.map((_, i) => (i === 98 ? 98 : i % 2 === 0 ? i + 1 : i - 1)), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

const MAX = 10_000;
/** A right-leaning chain of n nodes: [0, null, 1, null, 2, …]. */
function rightChain(n: number): Array<number | null> {
  const values: Array<number | null> = [0];
  for (let i = 1; i < n; i++) values.push(null, i % 201 - 100);
  return values;
}

export default {
  entry: 'maxDepth',
  cases: [
    { args: () => [tree([3, 9, 20, null, null, 15, 7])], expected: 3 },
    { args: () => [tree([1, null, 2])], expected: 2 },
    { args: () => [tree([])], expected: 0 },
    { args: () => [tree([0])], expected: 1 },
    { args: () => [tree([1, 2, 3, 4, null, null, 5, 6])], expected: 4 },
    // 10⁴ nodes: O(n) takes ~1 ms. At this size an O(n²) solution (e.g. recomputing each subtree's depth from
    // every ancestor on a chain, ~5·10⁷ steps) is too close to separate reliably; 200 ms fails anything slower.
    { name: 'max size, complete tree', args: () => [tree(Array.from({ length: MAX }, (_, i) => i % 201 - 100))], expected: 14, timeoutMs: 200 },
    { name: 'max size, chain of 10⁴', args: () => [tree(rightChain(MAX))], expected: MAX, timeoutMs: 200 },
  ],
} satisfies SolutionCases;

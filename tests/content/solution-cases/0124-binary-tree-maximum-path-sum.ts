import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

const N = 30_000;
/** A right chain of the given values: [v0, null, v1, null, v2, …]. */
const chainOf = (values: number[]) => values.flatMap((value, i) => (i === 0 ? [value] : [null, value]));
// All 1000: the best path is the whole chain.
const allMax = Array.from({ length: N }, () => 1_000);
// -1000 everywhere except one 7 deep in the chain.
const negatives = Array.from({ length: N }, (_, i) => (i === 20_000 ? 7 : -1_000));
// Two runs of 500 × 1000 at both ends, 29000 × (−1000) between them: joining them never pays, the best is one run.
const runs = Array.from({ length: N }, (_, i) => (i < 500 || i >= N - 500 ? 1_000 : -1_000));
// Complete tree of 3·10⁴ nodes, all 1000: the best path joins two deepest leaves through the root.
const completeValues = Array.from({ length: N }, () => 1_000);

export default {
  entry: 'maxPathSum',
  cases: [
    { args: () => [tree([1, 2, 3])], expected: 6 },
    { args: () => [tree([-10, 9, 20, null, null, 15, 7])], expected: 42 },
    { args: () => [tree([-3])], expected: -3 },
    { args: () => [tree([2, -1])], expected: 2 },
    { args: () => [tree([-2, -1])], expected: -1 },
    { args: () => [tree([1, -2, 3])], expected: 4 },
    { name: 'path through a negative root', args: () => [tree([-1, 5, 5])], expected: 9 },
    { args: () => [tree([5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1])], expected: 48 },
    // 3·10⁴ nodes, chains 3·10⁴ deep: O(n) measures 12–22 ms of CPU; trying every node as the top and re-walking
    // its subtrees is O(n·h), ~4.5·10⁸ steps on the chains, measured 1–1.5 s: 200 ms separates them.
    { name: 'max size, chain of 1000s', args: () => [tree(chainOf(allMax))], expected: N * 1_000, timeoutMs: 200 },
    { name: 'max size, chain of negatives with one 7', args: () => [tree(chainOf(negatives))], expected: 7, timeoutMs: 200 },
    { name: 'max size, two positive runs far apart', args: () => [tree(chainOf(runs))], expected: 500_000, timeoutMs: 200 },
    // Depth 15 (16384 ≤ 30000 < 32768): leaves on level 14 exist on both sides of the root → 29 nodes.
    { name: 'max size, complete tree', args: () => [tree(completeValues)], expected: 29 * 1_000, timeoutMs: 200 },
  ],
} satisfies SolutionCases;

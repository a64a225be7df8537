import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

const MAX = 2_000;
const complete = Array.from({ length: MAX }, (_, i) => (i % 2001) - 1000);
/** A complete tree's level order is its array cut into pieces of 1, 2, 4, … */
function cutIntoLevels(values: number[]): number[][] {
  const levels: number[][] = [];
  for (let start = 0, size = 1; start < values.length; start += size, size *= 2) levels.push(values.slice(start, start + size));
  return levels;
}
// Zig-zag chain of 2000 nodes valued -1000 … 999: each node's only child alternates left / right.
const zigzag: Array<number | null> = [-1_000];
for (let i = 1; i < MAX; i++) zigzag.push(...(i % 2 === 1 ? [i - 1_000, null] : [null, i - 1_000]));

export default {
  entry: 'levelOrder',
  cases: [
    { args: () => [tree([3, 9, 20, null, null, 15, 7])], expected: [[3], [9, 20], [15, 7]] },
    { args: () => [tree([1])], expected: [[1]] },
    { args: () => [tree([])], expected: [] },
    { args: () => [tree([1, 2, 3, 4, null, null, 5])], expected: [[1], [2, 3], [4, 5]] },
    { args: () => [tree([1, null, 2, null, 3])], expected: [[1], [2], [3]] },
    { args: () => [tree([0, -1000, 1000, 5, 5, 5, 5])], expected: [[0], [-1000, 1000], [5, 5, 5, 5]] },
    // n ≤ 2000 is LeetCode's whole range: even O(n²) is ~4·10⁶ steps, so the box only guards against hangs.
    { name: 'max size, complete tree', args: () => [tree(complete)], expected: cutIntoLevels(complete), timeoutMs: 100 },
    { name: 'max size, zig-zag chain', args: () => [tree(zigzag)], expected: Array.from({ length: MAX }, (_, i) => [i - 1_000]), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

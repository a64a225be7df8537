import type { SolutionCases } from '../solution-harness.ts';
import { tree } from '../solution-builders.ts';

// 100-node complete tree, values = level-order index − 50: the view is the last index of each level.
const complete = Array.from({ length: 100 }, (_, i) => i - 50);
// Root, a right child that is a leaf, and a 98-node left chain below the left child: seen from the right after level 2.
const leftHeavy: Array<number | null> = [0, 1, 2, 3, null, null, null];
for (let i = 4; i < 100; i++) leftHeavy.push(i % 201 - 100, null);

export default {
  entry: 'rightSideView',
  cases: [
    { args: () => [tree([1, 2, 3, null, 5, null, 4])], expected: [1, 3, 4] },
    { args: () => [tree([1, 2, 3, 4, null, null, null, 5])], expected: [1, 3, 4, 5] },
    { args: () => [tree([1, null, 3])], expected: [1, 3] },
    { args: () => [tree([])], expected: [] },
    { args: () => [tree([7])], expected: [7] },
    { name: 'left child seen when there is no right', args: () => [tree([1, 2])], expected: [1, 2] },
    // n ≤ 100 is LeetCode's whole range: every complexity finishes in microseconds, so the box only guards against hangs.
    { name: 'max size, complete tree', args: () => [tree(complete)], expected: [0, 2, 6, 14, 30, 62, 99].map((i) => i - 50), timeoutMs: 100 },
    { name: 'max size, long left chain', args: () => [tree(leftHeavy)], expected: [0, 2, 3, ...Array.from({ length: 96 }, (_, i) => (i + 4) % 201 - 100)], timeoutMs: 100 },
  ],
} satisfies SolutionCases;

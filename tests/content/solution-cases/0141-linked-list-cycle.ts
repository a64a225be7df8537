import type { SolutionCases } from '../solution-harness.ts';
import { cyclicList } from '../solution-builders.ts';

const MAX = 10_000;
const values = Array.from({ length: MAX }, (_, i) => (i % 2 === 0 ? i : -i) * 10);

export default {
  entry: 'hasCycle',
  cases: [
    { args: () => [cyclicList([3, 2, 0, -4], 1)], expected: true },
    { args: () => [cyclicList([1, 2], 0)], expected: true },
    { args: () => [cyclicList([1], -1)], expected: false },
    { name: 'empty list', args: () => [cyclicList([], -1)], expected: false },
    { name: 'single node pointing at itself', args: () => [cyclicList([1], 0)], expected: true },
    { name: 'equal values but no cycle', args: () => [cyclicList([5, 5, 5, 5], -1)], expected: false },
    { name: 'two nodes, no cycle', args: () => [cyclicList([1, 2], -1)], expected: false },
    // 10⁴ nodes: O(n) measures 1–2.5 ms of CPU, a "scan the array of visited nodes" O(n²) check (5·10⁷ native
    // comparisons) 15–17 ms: too close for a box with a safe margin on both sides, so 100 ms only fails cubic
    // work or an endless loop.
    { name: 'max size, tail back to the head', args: () => [cyclicList(values, 0)], expected: true, timeoutMs: 100 },
    { name: 'max size, tail to itself', args: () => [cyclicList(values, MAX - 1)], expected: true, timeoutMs: 100 },
    { name: 'max size, no cycle', args: () => [cyclicList(values, -1)], expected: false, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

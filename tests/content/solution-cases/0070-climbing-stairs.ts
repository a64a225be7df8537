import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'climbStairs',
  cases: [
    { args: [2], expected: 2 },
    { args: [3], expected: 3 },
    { args: [4], expected: 5 },
    { args: [1], expected: 1 },
    { args: [5], expected: 8 },
    { args: [10], expected: 89 },
    // n = 45 (the maximum). Box: the loop is 45 steps; plain recursion makes ~3.7 * 10^9 calls.
    { name: 'max size 45', args: [45], expected: 1836311903, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

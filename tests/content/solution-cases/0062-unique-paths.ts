import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'uniquePaths',
  cases: [
    { args: [3, 7], expected: 28 },
    { args: [3, 2], expected: 3 },
    { args: [1, 1], expected: 1 },
    { args: [2, 2], expected: 2 },
    { args: [1, 100], expected: 1 },
    { args: [100, 1], expected: 1 },
    { args: [10, 10], expected: 48620 },
    { args: [23, 12], expected: 193536720 },
    // C(58, 8): close to the 2 * 10^9 bound the problem guarantees
    { args: [51, 9], expected: 1916797311 },
  ],
} satisfies SolutionCases;

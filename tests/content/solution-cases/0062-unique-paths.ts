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
    // C(32, 16) paths: the table is 289 cells; recursion without memo makes ~10^9 calls (seconds).
    { name: '17 x 17, no memo fails', args: [17, 17], expected: 601_080_390, timeoutMs: 50 },
    { name: 'max rows', args: [100, 3], expected: 5_050, timeoutMs: 50 },
  ],
} satisfies SolutionCases;

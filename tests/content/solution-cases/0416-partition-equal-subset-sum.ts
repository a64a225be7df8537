import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'canPartition',
  cases: [
    { args: [[1, 5, 11, 5]], expected: true },
    { args: [[1, 2, 3, 5]], expected: false },
    { args: [[1, 2, 5]], expected: false },
    { args: [[1]], expected: false },
    { args: [[100]], expected: false },
    { args: [[1, 1]], expected: true },
    { args: [[2, 2]], expected: true },
    { args: [[3, 3, 3, 4, 5]], expected: true },
    { args: [[1, 2, 3, 4, 5, 6, 7]], expected: true },
    { args: [[2, 2, 3, 5]], expected: false },
    // each number may be used once: 6 = 3 + 3 would need the single 3 twice
    { args: [[3, 4, 5]], expected: false },
    { args: [[1, 99, 100]], expected: true },
    // n = 200, sum 2 * 10^4 (the maxima). Box: the table is 200 * 10^4 steps; trying every subset is 2^200.
    { name: 'max size, even split', args: [Array.from({ length: 200 }, () => 100)], expected: true, timeoutMs: 500 },
    { name: 'max size, no split', args: [[...Array.from({ length: 199 }, () => 100), 2]], expected: false, timeoutMs: 500 },
  ],
} satisfies SolutionCases;

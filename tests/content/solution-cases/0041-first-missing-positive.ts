import type { SolutionCases } from '../solution-harness.ts';

const descendingFromLimit = Array.from({ length: 100_000 }, (_, i) => 100_000 - i);

export default {
  entry: 'firstMissingPositive',
  cases: [
    { args: [[1, 2, 0]], expected: 3 },
    { args: [[3, 4, -1, 1]], expected: 2 },
    { args: [[7, 8, 9, 11, 12]], expected: 1 },
    { args: [[1]], expected: 2 },
    { args: [[2]], expected: 1 },
    { args: [[1, 1]], expected: 2 },
    { args: [[2, 2, 2, 1]], expected: 3 },
    { args: [[-2147483648, 2147483647, 0]], expected: 1 },
    { args: [[5, 4, 3, 2, 1]], expected: 6 },
    { args: [[2, 1, 4, 3, 6, 6, 7]], expected: 5 },
    // n = 10^5 (the maximum). Box: cyclic placement is ~2 * 10^5 steps; checking 1, 2, 3, … with includes is 10^10.
    { name: 'max size 10^5', args: [descendingFromLimit], expected: 100_001, timeoutMs: 500 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'rob',
  cases: [
    { args: [[1, 2, 3, 1]], expected: 4 },
    { args: [[2, 7, 9, 3, 1]], expected: 12 },
    { args: [[2, 1, 1, 2]], expected: 4 },
    { args: [[5]], expected: 5 },
    { args: [[0]], expected: 0 },
    { args: [[1, 2]], expected: 2 },
    { args: [[0, 0, 0]], expected: 0 },
    { args: [[400, 0, 0, 400]], expected: 800 },
    { args: [[1, 3, 1, 3, 100]], expected: 103 },
    // n = 100 (the maximum). Box: dp is 100 steps; trying rob/skip for every house is ~10^20 calls.
    { name: 'max size 100', args: [Array.from({ length: 100 }, () => 400)], expected: 20_000, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

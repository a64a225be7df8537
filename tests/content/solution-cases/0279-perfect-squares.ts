import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'numSquares',
  cases: [
    { args: [12], expected: 3 },
    { args: [13], expected: 2 },
    { args: [7], expected: 4 },
    { args: [1], expected: 1 },
    { args: [2], expected: 2 },
    { args: [3], expected: 3 },
    { args: [4], expected: 1 },
    { args: [28], expected: 4 },
    { args: [43], expected: 3 },
    { args: [48], expected: 3 },
    { args: [10_000], expected: 1 },
    // 9999 = 8 * 1249 + 7, so by Legendre's three-square theorem it needs four squares
    { args: [9_999], expected: 4 },
    // 9999 = 8 * 1249 + 7, so by Legendre's three-square theorem it needs four squares.
    // Box: dp is n * sqrt(n) = 10^6 steps (measured ~4-18 ms of CPU); dp over all j < i is 5 * 10^7 steps with a
    // square root each (measured ~6.5 s).
    { name: 'max size, needs four', args: [9_999], expected: 4, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

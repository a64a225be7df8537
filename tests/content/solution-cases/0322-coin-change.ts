import type { SolutionCases } from '../solution-harness.ts';

// The maximum 12 coins, amount close to the maximum 10^4: 9999 = 5000 + 2 * 2000 + 500 + 2 * 200 + 50 + 2 * 20 + 5 + 2 * 2.
const twelveCoins = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000];

export default {
  entry: 'coinChange',
  cases: [
    { args: [[1, 2, 5], 11], expected: 3 },
    { args: [[2], 3], expected: -1 },
    { args: [[1], 0], expected: 0 },
    // greedy would take 4 + 1 + 1
    { args: [[1, 3, 4], 6], expected: 2 },
    { args: [[2], 1], expected: -1 },
    { args: [[5, 3], 11], expected: 3 },
    { args: [[3, 7], 5], expected: -1 },
    { args: [[2147483647], 2], expected: -1 },
    { args: [[1], 10_000], expected: 10_000 },
    { args: [[186, 419, 83, 408], 6249], expected: 20 },
    // Box: dp is 12 * 10^4 steps (~1 ms); trying coin choices without memo is exponential.
    { name: 'max size 12 coins', args: [twelveCoins, 9_999], expected: 12, timeoutMs: 100 },
    { name: 'max amount, greedy would be wrong', args: [[186, 419, 83, 408], 6_249], expected: 20, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

// n = 2 * 10^4 (the maximum), all zero, k = 0: every one of the n(n + 1) / 2 subarrays counts.

export default {
  entry: 'subarraySum',
  cases: [
    { args: [[1, 1, 1], 2], expected: 2 },
    { args: [[1, 2, 3], 3], expected: 2 },
    { args: [[1, -1, 0], 0], expected: 3 },
    { args: [[1], 0], expected: 0 },
    { args: [[5], 5], expected: 1 },
    { args: [[0, 0, 0], 0], expected: 6 },
    { args: [[-1, -1, 1], 0], expected: 1 },
    { args: [[3, 4, 7, 2, -3, 1, 4, 2], 7], expected: 4 },
    { args: [[1000, -1000, 1000], 1000], expected: 3 },
    // Box: prefix sums with a map measured ~4 ms of CPU; all 2 * 10^8 subarrays measured ~360 ms.
    { name: 'max size 2 * 10^4', args: () => [Array.from({ length: 20_000 }, () => 0), 0], expected: 200_010_000, timeoutMs: 40 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

// n = 2 * 10^4 (the maximum): a V, 10^4 high at the left, 9999 at the right, 0 in the middle.
const valley = () => Array.from({ length: 20_000 }, (_, i) => Math.abs(i - 10_000));
// every bar fills up to the lower rim, 9999
const valleyWater = Array.from({ length: 20_000 }, (_, i) => Math.max(0, 9_999 - Math.abs(i - 10_000))).reduce((a, b) => a + b, 0);

export default {
  entry: 'trap',
  cases: [
    { args: [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], expected: 6 },
    { args: [[4, 2, 0, 3, 2, 5]], expected: 9 },
    { args: [[3, 0, 3]], expected: 3 },
    { args: [[5]], expected: 0 },
    { args: [[1, 2, 3, 4]], expected: 0 },
    { args: [[4, 3, 2, 1]], expected: 0 },
    { args: [[5, 4, 1, 2]], expected: 1 },
    { args: [[2, 0, 2, 0, 1]], expected: 3 },
    { args: [[100_000, 0, 0, 100_000]], expected: 200_000 },
    // Box: one pass measured ~6 ms of CPU; scanning both sides from every bar is 4 * 10^8 steps (measured ~7 s).
    { name: 'max size 2 * 10^4', args: () => [valley()], expected: valleyWater, timeoutMs: 200 },
  ],
} satisfies SolutionCases;

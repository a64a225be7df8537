import type { SolutionCases } from '../solution-harness.ts';

// n = 10^5 (the maximum): two walls of 10^4 at both ends, height 1 in between.
const tallEnds = () => Array.from({ length: 100_000 }, (_, i) => (i === 0 || i === 99_999 ? 10_000 : 1));

export default {
  entry: 'maxArea',
  cases: [
    { args: [[1, 8, 6, 2, 5, 4, 8, 3, 7]], expected: 49 },
    { args: [[1, 1]], expected: 1 },
    { args: [[4, 3, 2, 1, 4]], expected: 16 },
    { args: [[0, 0]], expected: 0 },
    { args: [[1, 2, 1]], expected: 2 },
    { args: [[1, 2, 4, 3]], expected: 4 },
    { args: [[2, 3, 10, 5, 7, 8, 9]], expected: 36 },
    { args: [[10_000, 0, 0, 10_000]], expected: 30_000 },
    // Box: two pointers measured ~25 ms of CPU (cold); trying all 5 * 10^9 pairs took ~10 s.
    { name: 'max size 10^5', args: () => [tallEnds()], expected: 10_000 * 99_999, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

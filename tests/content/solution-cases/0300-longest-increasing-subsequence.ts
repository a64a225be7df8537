import type { SolutionCases } from '../solution-harness.ts';

// n = 2500 (the maximum): a zig-zag that climbs by one every two steps, so the longest run is 1250 long.
const zigzag = () => Array.from({ length: 2_500 }, (_, i) => (i % 2 === 0 ? i / 2 : i / 2 - 2.5) * 8 - 5_000);

export default {
  entry: 'lengthOfLIS',
  cases: [
    { args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4 },
    { args: [[0, 1, 0, 3, 2, 3]], expected: 4 },
    { args: [[7, 7, 7, 7, 7, 7, 7]], expected: 1 },
    { args: [[5]], expected: 1 },
    { args: [[1, 2, 3, 4, 5]], expected: 5 },
    { args: [[5, 4, 3, 2, 1]], expected: 1 },
    { args: [[4, 10, 4, 3, 8, 9]], expected: 3 },
    { args: [[1, 3, 6, 7, 9, 4, 10, 5, 6]], expected: 6 },
    { args: [[3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12]], expected: 6 },
    { args: [[-10_000, 10_000]], expected: 2 },
    { args: [[1, 1, 2, 2, 3, 3]], expected: 3 },
    // Box: binary search over tails measured ~3 ms of CPU; the O(n^2) dp (3 * 10^6 comparisons) measured ~380 ms.
    { name: 'max size 2500', args: () => [zigzag()], expected: 1_250, timeoutMs: 60 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

// n = 10^4 (the maximum); the only pair is the last two numbers: every other number is even and distinct, the
// last one is odd and the target odd.
const evenThenOdd = () => [...Array.from({ length: 9_999 }, (_, i) => 2 * i), 999_979_999];

export default {
  entry: 'twoSum',
  compare: 'unordered',
  cases: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
    { args: [[3, 3], 6], expected: [0, 1] },
    { args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { args: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { args: [[2, 5, 5, 11], 10], expected: [1, 2] },
    { args: [[-3, 4, 3, 90], 0], expected: [0, 2] },
    { args: [[1, 5, 1_000_000_000, -1_000_000_000], 0], expected: [2, 3] },
    // Box: measured ~12 ms of CPU for the hash map (mostly its cold start) and ~80 ms for checking all 5 * 10^7
    // pairs; at n = 10^4 the two classes are only ~7x apart, so the box sits between them.
    { name: 'max size 10^4', args: () => [evenThenOdd(), 999_979_999 + 19_996], expected: [9_998, 9_999], timeoutMs: 40 },
  ],
} satisfies SolutionCases;

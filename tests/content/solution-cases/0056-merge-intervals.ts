import type { SolutionCases } from '../solution-harness.ts';

// n = 10^4 (the maximum): 5000 disjoint intervals [2i, 2i + 1], each twice, in a scrambled order.
const disjointTwice = () => Array.from({ length: 10_000 }, (_, i) => {
  const k = (i * 7_919) % 5_000;
  return [2 * k, 2 * k + 1];
});
const disjointMerged = Array.from({ length: 5_000 }, (_, k) => [2 * k, 2 * k + 1]);

export default {
  entry: 'merge',
  compare: 'unordered',
  cases: [
    { args: [[[1, 3], [2, 6], [8, 10], [15, 18]]], expected: [[1, 6], [8, 10], [15, 18]] },
    { args: [[[1, 4], [4, 5]]], expected: [[1, 5]] },
    { args: [[[4, 7], [1, 4]]], expected: [[1, 7]] },
    { args: [[[5, 5]]], expected: [[5, 5]] },
    { args: [[[1, 2], [3, 4]]], expected: [[1, 2], [3, 4]] },
    { args: [[[1, 10], [2, 3], [4, 5]]], expected: [[1, 10]] },
    { args: [[[1, 4], [0, 0]]], expected: [[0, 0], [1, 4]] },
    { args: [[[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]]], expected: [[1, 10]] },
    { args: [[[0, 0], [0, 0], [0, 2], [3, 3]]], expected: [[0, 2], [3, 3]] },
    // Box: sorting measured ~9 ms of CPU; merging each interval against every kept one is 5 * 10^7 steps (measured
    // ~55 ms): at n = 10^4 the classes are only ~6x apart, so the box sits between them.
    { name: 'max size 10^4', args: () => [disjointTwice()], expected: disjointMerged, timeoutMs: 30 },
  ],
} satisfies SolutionCases;

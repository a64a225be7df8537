import type { SolutionCases } from '../solution-harness.ts';

/** Reference: one subset per bit mask, independent of the card's backtracking. */
function allSubsets(values: number[]): number[][] {
  return Array.from({ length: 2 ** values.length }, (_, mask) => values.filter((_, bit) => (mask >> bit) & 1));
}

const ten = [-10, 10, -3, 0, 7, 2, -8, 5, 1, 9];

export default {
  entry: 'subsets',
  // Neither the order of the subsets nor the order inside a subset is fixed; duplicates still fail.
  compare: 'unordered-nested',
  cases: [
    { args: [[1, 2, 3]], expected: [[], [1], [2], [1, 2], [3], [1, 3], [2, 3], [1, 2, 3]] },
    { args: [[0]], expected: [[], [0]] },
    { args: [[5, -2]], expected: [[], [5], [-2], [5, -2]] },
    { args: [[-10]], expected: [[], [-10]] },
    { args: [[3, 1, 2, 0]], expected: allSubsets([3, 1, 2, 0]) },
    // n ≤ 10 caps the output at 1024 subsets, so no time box can tell O(n·2^n) from a slower class;
    // the box only catches runaway recursion.
    { name: 'max size 10', args: () => [ten], expected: allSubsets(ten), timeoutMs: 1000 },
  ],
} satisfies SolutionCases;

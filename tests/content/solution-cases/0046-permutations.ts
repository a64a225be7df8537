import type { SolutionCases } from '../solution-harness.ts';

/** Reference: permutations in lexicographic order of positions, built independently of the card's code. */
function allPermutations(values: number[]): number[][] {
  if (values.length <= 1) return [values];
  return values.flatMap((value, i) => allPermutations([...values.slice(0, i), ...values.slice(i + 1)]).map((rest) => [value, ...rest]));
}

const six = [-10, 10, 0, 3, -7, 5];

export default {
  entry: 'permute',
  // Each permutation's order matters, the order of the list does not.
  compare: 'unordered',
  cases: [
    {
      args: [[1, 2, 3]],
      expected: [
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
        [2, 3, 1],
        [3, 1, 2],
        [3, 2, 1],
      ],
    },
    {
      args: [[0, 1]],
      expected: [
        [0, 1],
        [1, 0],
      ],
    },
    { args: [[1]], expected: [[1]] },
    { args: [[-10]], expected: [[-10]] },
    {
      args: [[5, -5]],
      expected: [
        [5, -5],
        [-5, 5],
      ],
    },
    { args: [[4, 0, -1, 2]], expected: allPermutations([4, 0, -1, 2]) },
    // n ≤ 6 caps the output at 720 permutations, so every correct algorithm finishes in well under a
    // millisecond and no time box can tell O(n·n!) from a slower class; the box only catches runaway
    // recursion (e.g. a branch that never marks a number as used).
    { name: 'max size 6', args: () => [six], expected: allPermutations(six), timeoutMs: 1000 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

/** Reference: every multiset of candidates summing to target, built by counting how often each value is taken. */
function combinations(candidates: number[], target: number): number[][] {
  const [first, ...rest] = candidates;
  if (target === 0) return [[]];
  if (first === undefined) return [];
  const found: number[][] = [];
  for (let copies = 0; copies * first <= target; copies++) {
    for (const tail of combinations(rest, target - copies * first)) found.push([...Array(copies).fill(first), ...tail]);
  }
  return found;
}

// The largest inputs the guarantee "fewer than 150 combinations" allows: 30 candidates and target 40.
const thirty = Array.from({ length: 30 }, (_, i) => 40 - i); // 40, 39, …, 11 — unsorted on purpose (descending)

export default {
  entry: 'combinationSum',
  compare: 'unordered-nested',
  cases: [
    { args: [[2, 3, 6, 7], 7], expected: [[2, 2, 3], [7]] },
    {
      args: [[2, 3, 5], 8],
      expected: [
        [2, 2, 2, 2],
        [2, 3, 3],
        [3, 5],
      ],
    },
    { args: [[2], 1], expected: [] },
    { args: [[2], 2], expected: [[2]] },
    { args: [[40], 40], expected: [[40]] },
    { args: [[7, 3, 2], 18], expected: combinations([7, 3, 2], 18) },
    {
      args: [[8, 7, 4, 3], 11],
      expected: [
        [3, 4, 4],
        [3, 8],
        [4, 7],
      ],
    },
    // 30 candidates and target 40 is the top of every range, yet the answer stays small (the problem
    // guarantees < 150 combinations), so the search is tiny for any correct algorithm and no box can
    // separate complexity classes; the box only catches a search that never stops (e.g. no progress on i).
    { name: 'max size 30 candidates, target 40', args: () => [thirty, 40], expected: combinations(thirty, 40), timeoutMs: 1000 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const n = 50_000;
/** Deterministic shuffle (LCG-driven Fisher–Yates). */
function shuffled(values: number[], seed: number): number[] {
  const copy = [...values];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// The majority value appears exactly n/2 + 1 times; the other n/2 - 1 values are all distinct.
const mostlyDistinct = shuffled([...new Array<number>(n / 2 + 1).fill(-1_000_000_000), ...Array.from({ length: n / 2 - 1 }, (_, i) => i * 40_000)], 12);

// n = 5·10⁴. One pass is well under a millisecond; counting each element by rescanning is
// n²/2 ≈ 1.25·10⁹ steps (seconds). 100 ms separates them; it cannot separate O(n) from sorting.
export default {
  entry: 'majorityElement',
  cases: [
    { args: [[3, 2, 3]], expected: 3 },
    { args: [[2, 2, 1, 1, 1, 2, 2]], expected: 2 },
    { args: [[5]], expected: 5 },
    { args: [[1, 1]], expected: 1 },
    { args: [[6, 5, 5]], expected: 5 },
    { args: [[1, 2, 1, 3, 1]], expected: 1 },
    { args: [[-1_000_000_000, 1_000_000_000, 1_000_000_000]], expected: 1_000_000_000 },
    // The majority element comes last, after the other values led for a while.
    { args: [[4, 4, 4, 7, 7, 7, 7]], expected: 7 },
    { name: 'max size 5·10⁴, barely a majority, shuffled', args: () => [mostlyDistinct], expected: -1_000_000_000, timeoutMs: 100 },
    {
      name: 'max size 5·10⁴, majority in the second half',
      args: () => [[...Array.from({ length: n / 2 - 1 }, (_, i) => -i), ...new Array<number>(n / 2 + 1).fill(999_999_999)]],
      expected: 999_999_999,
      timeoutMs: 100,
    },
  ],
} satisfies SolutionCases;

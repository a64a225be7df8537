import type { SolutionCases } from '../solution-harness.ts';

/** The answer must be right and the array left exactly as it was (the problem forbids modifying it). */
function duplicateCase(nums: number[], expected: number, name?: string, timeoutMs?: number) {
  return {
    name,
    timeoutMs,
    args: () => [[...nums]],
    check: (result: unknown, args: unknown[]) => {
      if (result !== expected) return `returned ${String(result)}, expected ${expected}`;
      const after = args[0] as number[];
      const changed = after.findIndex((value, i) => value !== nums[i]);
      if (after.length !== nums.length || changed !== -1) return `modified the array (first change at index ${changed})`;
      return undefined;
    },
  };
}

const N = 100_000;
// 1 … n in a scrambled order plus one extra copy of `duplicate`.
function withDuplicate(duplicate: number, copies = 2): number[] {
  const values = Array.from({ length: N }, (_, i) => ((i * 7_919) % N) + 1); // a permutation of 1 … n (7919 ⟂ 10⁵)
  for (let extra = 1; extra < copies; extra++) values[(extra * 31_337) % N] = duplicate;
  values.push(duplicate);
  return values;
}
/** 0 → 1 → 2 → … → n → back into the chain: the longest possible walk before the cycle. */
const longTail = [...Array.from({ length: N }, (_, i) => i + 1), 1];

export default {
  entry: 'findDuplicate',
  cases: [
    duplicateCase([1, 3, 4, 2, 2], 2),
    duplicateCase([3, 1, 3, 4, 2], 3),
    duplicateCase([3, 3, 3, 3, 3], 3),
    duplicateCase([1, 1], 1),
    duplicateCase([2, 2, 2], 2),
    duplicateCase([1, 4, 4, 2, 4], 4),
    duplicateCase([2, 5, 9, 6, 9, 3, 8, 9, 7, 1], 9),
    // n = 10⁵: O(n) takes ~1 ms. Comparing every pair (O(n²), ~5·10⁹ steps) misses 300 ms by far; counting by binary
    // search on the value (O(n log n)) cannot be told apart by time.
    duplicateCase(withDuplicate(54_321), 54_321, 'max size, one extra copy', 300),
    duplicateCase(withDuplicate(7, 5_000), 7, 'max size, 5000 copies', 300),
    duplicateCase(longTail, 1, 'max size, cycle entered at the end of a long walk', 300),
    duplicateCase(withDuplicate(N), N, 'max size, duplicate is n', 300),
  ],
} satisfies SolutionCases;

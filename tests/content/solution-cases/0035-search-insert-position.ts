import { countReads, readLimit, type CountedArray } from '../read-counting.ts';
import type { SolutionCases } from '../solution-harness.ts';

// 10⁴ distinct values in [-10⁴, 10⁴]: the even numbers from -10000 to 9998.
const evens = Array.from({ length: 10_000 }, (_, i) => -10_000 + 2 * i);

let counted: CountedArray<number> | undefined;
const counting = (values: number[]) => {
  counted = countReads(values);
  return counted.array;
};
// At n = 10⁴ a linear scan takes microseconds too, so time cannot separate O(log n) from O(n); element reads
// can: a binary search reads about log₂(10⁴) ≈ 14 elements, a scan up to 10⁴. 40 leaves room for variants
// that read a couple of elements per step.
const binarySearchReads = readLimit(() => counted, 40);

export default {
  entry: 'searchInsert',
  cases: [
    { args: [[1, 3, 5, 6], 5], expected: 2 },
    { args: [[1, 3, 5, 6], 2], expected: 1 },
    { args: [[1, 3, 5, 6], 7], expected: 4 },
    { args: [[1, 3, 5, 6], 0], expected: 0 },
    { args: [[1, 3, 5, 6], 1], expected: 0 },
    { args: [[1, 3, 5, 6], 6], expected: 3 },
    { args: [[1], 0], expected: 0 },
    { args: [[1], 1], expected: 0 },
    { args: [[1], 2], expected: 1 },
    { args: [[-10_000, 10_000], 0], expected: 1 },
    { name: 'max size 10⁴, target present', args: () => [counting(evens), 9_998], expected: 9_999, check: binarySearchReads },
    { name: 'max size 10⁴, target absent', args: () => [counting(evens), 3], expected: 5_002, check: binarySearchReads },
    { name: 'max size 10⁴, past the end', args: () => [counting(evens), 10_000], expected: 10_000, check: binarySearchReads },
    { name: 'max size 10⁴, before the start', args: () => [counting(evens), -10_000], expected: 0, check: binarySearchReads },
  ],
} satisfies SolutionCases;

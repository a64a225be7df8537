import { countReads, readLimit, type CountedArray } from '../read-counting.ts';
import type { SolutionCases } from '../solution-harness.ts';

const n = 100_000;
let counted: CountedArray<number> | undefined;
const counting = (values: number[]) => {
  counted = countReads(values);
  return counted.array;
};
// At n = 10⁵ even a linear scan is ~0.1 ms, too close to a binary search to time reliably, so the big cases
// count element reads: two binary searches read about 2·log₂(10⁵) ≈ 34 elements; "find one, then walk
// outwards" reads all 10⁵ when every element equals target. 80 leaves room for three searches or extra
// boundary reads.
const logReads = readLimit(() => counted, 80);

export default {
  entry: 'searchRange',
  cases: [
    { args: [[5, 7, 7, 8, 8, 10], 8], expected: [3, 4] },
    { args: [[5, 7, 7, 8, 8, 10], 6], expected: [-1, -1] },
    { args: [[], 0], expected: [-1, -1] },
    { args: [[1], 1], expected: [0, 0] },
    { args: [[1], 0], expected: [-1, -1] },
    { args: [[2, 2], 2], expected: [0, 1] },
    { args: [[1, 2, 3], 3], expected: [2, 2] },
    { args: [[1, 2, 3], 4], expected: [-1, -1] },
    { args: [[5, 7, 7, 8, 8, 10], 5], expected: [0, 0] },
    { args: [[-1_000_000_000, 1_000_000_000, 1_000_000_000], 1_000_000_000], expected: [1, 2] },
    {
      name: 'max size 10⁵, all equal to target',
      args: () => [counting(new Array<number>(n).fill(7)), 7],
      expected: [0, n - 1],
      check: logReads,
    },
    {
      name: 'max size 10⁵, long run in the middle',
      args: () => [counting(Array.from({ length: n }, (_, i) => (i < 10 ? i : i >= n - 10 ? i : 50))), 50],
      expected: [10, n - 11],
      check: logReads,
    },
    {
      name: 'max size 10⁵, absent',
      args: () => [counting(Array.from({ length: n }, (_, i) => 2 * i)), 99_999],
      expected: [-1, -1],
      check: logReads,
    },
  ],
} satisfies SolutionCases;

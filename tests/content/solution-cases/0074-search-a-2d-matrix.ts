import { countMatrixReads, readLimit, type CountedArray } from '../read-counting.ts';
import type { SolutionCases } from '../solution-harness.ts';

const sample = [
  [1, 3, 5, 7],
  [10, 11, 16, 20],
  [23, 30, 34, 60],
];
// 100 × 100 with the even numbers -10000, -9998, …, 9998 in row-major order.
const full = () => Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => -10_000 + 2 * (100 * r + c)));

let counted: CountedArray<number[]> | undefined;
const counting = (rows: number[][]) => {
  counted = countMatrixReads(rows);
  return counted.array;
};
// With 10⁴ cells every approach finishes in microseconds, so elements read separate the classes instead:
// one binary search over m·n reads about log₂(10⁴) ≈ 14 cells; the O(m + n) staircase walk reads up to ~200
// and a binary search per row ~700. 40 leaves room for a row-then-column binary search (≈ 7 + 7 reads, plus
// a few boundary reads).
const logReads = readLimit(() => counted, 40);

export default {
  entry: 'searchMatrix',
  cases: [
    { args: [sample, 3], expected: true },
    { args: [sample, 13], expected: false },
    { args: [[[1]], 2], expected: false },
    { args: [[[1]], 1], expected: true },
    { args: [sample, 60], expected: true },
    { args: [sample, 1], expected: true },
    { args: [sample, 0], expected: false },
    { args: [sample, 61], expected: false },
    { args: [sample, 21], expected: false },
    { args: [[[1], [3]], 3], expected: true },
    { args: [[[1, 1, 2]], 1], expected: true },
    { args: [[[-10_000, 10_000]], 10_000], expected: true },
    { name: 'max size 100×100, present', args: () => [counting(full()), 5_432], expected: true, check: logReads },
    { name: 'max size 100×100, absent', args: () => [counting(full()), 5_433], expected: false, check: logReads },
    { name: 'max size 100×100, last cell', args: () => [counting(full()), 9_998], expected: true, check: logReads },
    { name: 'max size 100×100, above all', args: () => [counting(full()), 10_000], expected: false, check: logReads },
  ],
} satisfies SolutionCases;

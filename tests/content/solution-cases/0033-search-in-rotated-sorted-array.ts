import { countReads, readLimit, type CountedArray } from '../read-counting.ts';
import type { SolutionCases } from '../solution-harness.ts';

const n = 5000;
/** 0, 2, …, 2(n-1) rotated so that it starts at index `pivot` of the sorted array. */
const rotated = (pivot: number) => Array.from({ length: n }, (_, i) => 2 * ((i + pivot) % n));

let counted: CountedArray<number> | undefined;
const counting = (values: number[]) => {
  counted = countReads(values);
  return counted.array;
};
// n = 5000: a linear scan is microseconds, so reads separate the classes instead of time. The card's search
// reads 3 elements per step over log₂(5000) ≈ 13 steps (≈ 39); "find the pivot, then binary search" is
// similar; a scan reads up to 5000. 80 is the box.
const logReads = readLimit(() => counted, 80);

export default {
  entry: 'search',
  cases: [
    { args: [[4, 5, 6, 7, 0, 1, 2], 0], expected: 4 },
    { args: [[4, 5, 6, 7, 0, 1, 2], 3], expected: -1 },
    { args: [[1], 0], expected: -1 },
    { args: [[1], 1], expected: 0 },
    { args: [[3, 1], 1], expected: 1 },
    { args: [[3, 1], 3], expected: 0 },
    { args: [[1, 3], 3], expected: 1 },
    { args: [[5, 1, 3], 5], expected: 0 },
    { args: [[5, 1, 3], 3], expected: 2 },
    { args: [[4, 5, 6, 7, 8, 1, 2, 3], 8], expected: 4 },
    { args: [[1, 2, 3, 4, 5, 6], 6], expected: 5 },
    { args: [[6, 7, 1, 2, 3, 4, 5], 7], expected: 1 },
    { args: [[-10_000, 10_000], 10_000], expected: 1 },
    { name: 'max size 5000, in the rotated-in front part', args: () => [counting(rotated(3_210)), 9_000], expected: 1_290, check: logReads },
    { name: 'max size 5000, in the back part', args: () => [counting(rotated(3_210)), 100], expected: 1_840, check: logReads },
    { name: 'max size 5000, absent odd value', args: () => [counting(rotated(1)), 4_321], expected: -1, check: logReads },
    { name: 'max size 5000, not rotated, last', args: () => [counting(rotated(0)), 9_998], expected: 4_999, check: logReads },
  ],
} satisfies SolutionCases;

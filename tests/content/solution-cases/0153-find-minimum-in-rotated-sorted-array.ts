import { countReads, readLimit, type CountedArray } from '../read-counting.ts';
import type { SolutionCases } from '../solution-harness.ts';

const n = 5000;
/** -5000, -4998, …, 4998 rotated so that it starts at index `pivot` of the sorted array. */
const rotated = (pivot: number) => Array.from({ length: n }, (_, i) => -5000 + 2 * ((i + pivot) % n));

let counted: CountedArray<number> | undefined;
const counting = (values: number[]) => {
  counted = countReads(values);
  return counted.array;
};
// n = 5000: a linear scan for the minimum is microseconds, so element reads separate the classes: the card
// reads 2 per step over log₂(5000) ≈ 13 steps plus the final read (≈ 27); a scan reads all 5000. 60 is the box.
const logReads = readLimit(() => counted, 60);

export default {
  entry: 'findMin',
  cases: [
    { args: [[3, 4, 5, 1, 2]], expected: 1 },
    { args: [[4, 5, 6, 7, 0, 1, 2]], expected: 0 },
    { args: [[11, 13, 15, 17]], expected: 11 },
    { args: [[1]], expected: 1 },
    { args: [[2, 1]], expected: 1 },
    { args: [[1, 2]], expected: 1 },
    { args: [[2, 3, 4, 5, 1]], expected: 1 },
    { args: [[5, 1, 2, 3, 4]], expected: 1 },
    { args: [[5000, -5000]], expected: -5000 },
    { name: 'max size 5000, rotated in the middle', args: () => [counting(rotated(2_345))], expected: -5000, check: logReads },
    { name: 'max size 5000, minimum last', args: () => [counting(rotated(1))], expected: -5000, check: logReads },
    { name: 'max size 5000, not rotated', args: () => [counting(rotated(0))], expected: -5000, check: logReads },
    { name: 'max size 5000, minimum second', args: () => [counting(rotated(n - 1))], expected: -5000, check: logReads },
  ],
} satisfies SolutionCases;

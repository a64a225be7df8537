import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray } from '../solution-builders.ts';

const thirty = Array.from({ length: 30 }, (_, i) => i * 3);
const without = (values: number[], index: number) => values.filter((_, i) => i !== index);

export default {
  entry: 'removeNthFromEnd',
  output: listToArray,
  cases: [
    { args: () => [list([1, 2, 3, 4, 5]), 2], expected: [1, 2, 3, 5] },
    { args: () => [list([1]), 1], expected: [] },
    { args: () => [list([1, 2]), 1], expected: [1] },
    { name: 'remove the head', args: () => [list([1, 2]), 2], expected: [2] },
    { name: 'remove the head of a longer list', args: () => [list([7, 8, 9, 10]), 4], expected: [8, 9, 10] },
    { name: 'equal values', args: () => [list([5, 5, 5]), 2], expected: [5, 5] },
    // sz ≤ 30 is LeetCode's whole range: every complexity finishes in microseconds, so the box only guards against hangs.
    { name: 'max size, remove the head', args: () => [list(thirty), 30], expected: without(thirty, 0), timeoutMs: 100 },
    { name: 'max size, remove the tail', args: () => [list(thirty), 1], expected: without(thirty, 29), timeoutMs: 100 },
    { name: 'max size, remove from the middle', args: () => [list(thirty), 13], expected: without(thirty, 17), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

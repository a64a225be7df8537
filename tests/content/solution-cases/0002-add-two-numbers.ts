import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray } from '../solution-builders.ts';

/** Digit lists, ones first, added with BigInt as an independent reference. */
function addDigits(a: number[], b: number[]): number[] {
  const toBig = (digits: number[]) => BigInt([...digits].reverse().join(''));
  return [...(toBig(a) + toBig(b)).toString()].reverse().map(Number);
}

const nines = Array.from({ length: 100 }, () => 9);
const mixed = Array.from({ length: 100 }, (_, i) => (i * 7 + 3) % 10);
mixed[99] = 8; // no leading zero

export default {
  entry: 'addTwoNumbers',
  output: listToArray,
  cases: [
    { args: () => [list([2, 4, 3]), list([5, 6, 4])], expected: [7, 0, 8] },
    { args: () => [list([0]), list([0])], expected: [0] },
    { args: () => [list([9, 9, 9, 9, 9, 9, 9]), list([9, 9, 9, 9])], expected: [8, 9, 9, 9, 0, 0, 0, 1] },
    { args: () => [list([5]), list([5])], expected: [0, 1] },
    { args: () => [list([1]), list([9, 9, 9])], expected: [0, 0, 0, 1] },
    { args: () => [list([0]), list([7, 3])], expected: [7, 3] },
    // 100 digits each is far beyond Number precision; LeetCode's sizes are tiny, so the box only guards against hangs.
    { name: 'max size, carry through all 100 digits', args: () => [list(nines), list([1])], expected: [...Array.from({ length: 100 }, () => 0), 1], timeoutMs: 100 },
    { name: 'max size, two 100-digit numbers', args: () => [list(nines), list(mixed)], expected: addDigits(nines, mixed), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

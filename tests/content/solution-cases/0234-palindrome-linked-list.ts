import type { SolutionCases } from '../solution-harness.ts';
import { list } from '../solution-builders.ts';

const MAX = 100_000;
const palindrome = Array.from({ length: MAX }, (_, i) => Math.min(i, MAX - 1 - i) % 10);
const almost = palindrome.map((value, i) => (i === MAX / 2 ? (value + 1) % 10 : value));

export default {
  entry: 'isPalindrome',
  cases: [
    { args: () => [list([1, 2, 2, 1])], expected: true },
    { args: () => [list([1, 2])], expected: false },
    { args: () => [list([1, 0, 1])], expected: true },
    { args: () => [list([7])], expected: true },
    { args: () => [list([3, 3])], expected: true },
    { args: () => [list([1, 2, 3, 1])], expected: false },
    { args: () => [list([1, 1, 2, 1])], expected: false },
    { args: () => [list([0, 0, 0, 0, 0])], expected: true },
    // 10⁵ nodes: O(n) takes a few ms; re-walking to the k-th node from the end for each k (O(n²), 5·10⁹ steps) misses 300 ms.
    { name: 'max size palindrome', args: () => [list(palindrome)], expected: true, timeoutMs: 300 },
    { name: 'max size, one differing value in the middle', args: () => [list(almost)], expected: false, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

// n = 5 * 10^4 (the maximum): all 95 printable ASCII characters over and over.
const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const cycled = () => printable.repeat(Math.ceil(50_000 / 95)).slice(0, 50_000);

export default {
  entry: 'lengthOfLongestSubstring',
  cases: [
    { args: ['abcabcbb'], expected: 3 },
    { args: ['bbbbb'], expected: 1 },
    { args: ['pwwkew'], expected: 3 },
    { args: [''], expected: 0 },
    { args: [' '], expected: 1 },
    { args: ['abba'], expected: 2 },
    { args: ['dvdf'], expected: 3 },
    { args: ['tmmzuxt'], expected: 5 },
    { args: ['a1 !A1'], expected: 5 },
    // Box: one pass measured ~10 ms of CPU; checking every substring (O(n^2) or worse) takes seconds. A scan forward from each
    // start stops within 96 characters, so O(95 * n) also passes: the answer can never exceed the alphabet.
    { name: 'max size, 95 distinct characters', args: () => [cycled()], expected: 95, timeoutMs: 300 },
    { name: 'max size, one character', args: () => ['a'.repeat(50_000)], expected: 1, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

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
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'findAnagrams',
  compare: 'unordered',
  cases: [
    { args: ['cbaebabacd', 'abc'], expected: [0, 6] },
    { args: ['abab', 'ab'], expected: [0, 1, 2] },
    { args: ['a', 'ab'], expected: [] },
    { args: ['abc', 'abc'], expected: [0] },
    { args: ['aaaa', 'aa'], expected: [0, 1, 2] },
    { args: ['baa', 'aa'], expected: [1] },
    { args: ['abacbabc', 'abc'], expected: [1, 2, 3, 5] },
    { args: ['xyz', 'a'], expected: [] },
    { args: ['zyxwz', 'z'], expected: [0, 4] },
  ],
} satisfies SolutionCases;

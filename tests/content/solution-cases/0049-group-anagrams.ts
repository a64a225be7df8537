import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'groupAnagrams',
  compare: 'unordered-nested',
  cases: [
    { args: [['eat', 'tea', 'tan', 'ate', 'nat', 'bat']], expected: [['bat'], ['nat', 'tan'], ['ate', 'eat', 'tea']] },
    { args: [['']], expected: [['']] },
    { args: [['a']], expected: [['a']] },
    { args: [['', '']], expected: [['', '']] },
    { args: [['abc', 'def']], expected: [['abc'], ['def']] },
    { args: [['aa', 'a', 'aaa', 'a']], expected: [['aa'], ['a', 'a'], ['aaa']] },
    {
      args: [['ab', 'ba', 'abb', 'bab', 'bba', 'aab']],
      expected: [['ab', 'ba'], ['abb', 'bab', 'bba'], ['aab']],
    },
    {
      args: [['b'.repeat(11) + 'a', 'a'.repeat(11) + 'b']],
      expected: [['b'.repeat(11) + 'a'], ['a'.repeat(11) + 'b']],
    },
  ],
} satisfies SolutionCases;

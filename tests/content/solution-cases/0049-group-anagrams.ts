import type { SolutionCases } from '../solution-harness.ts';

// 10^4 words of length 100 (both maxima): group g holds the 100 rotations of 'a' * g + 'b' * (100 - g).
const rotations = (word: string) => Array.from({ length: word.length }, (_, r) => word.slice(r) + word.slice(0, r));
const bigGroups = Array.from({ length: 100 }, (_, g) => rotations('a'.repeat(g) + 'b'.repeat(100 - g)));

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
    // Box: counting letters is ~10^6 steps (measured ~25 ms of CPU); comparing every pair of words is ~10^10 (minutes).
    // Sorting each word (n * k log k) also passes: the box cannot tell a log factor apart.
    { name: 'max size 10^4 x 100', args: () => [bigGroups.flat()], expected: bigGroups, timeoutMs: 400 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const alphabet = 'abcdefghijklmnopqrstuvwxyz';

export default {
  entry: 'partitionLabels',
  cases: [
    { args: ['ababcbacadefegdehijhklij'], expected: [9, 7, 8] },
    { args: ['eccbbbbdec'], expected: [10] },
    { args: ['abc'], expected: [1, 1, 1] },
    { args: ['a'], expected: [1] },
    { args: ['aaaa'], expected: [4] },
    { args: ['abab'], expected: [4] },
    { args: ['abba' + 'cd' + 'ee'], expected: [4, 1, 1, 2] },
    { args: ['caedbdedda'], expected: [1, 9] },
    // n ≤ 500, so even an O(n²) or O(26·n²) solution finishes in about a millisecond; no box separates
    // complexity classes here, it only catches runaway loops.
    {
      name: 'max size 500, 26 single-letter runs',
      args: [Array.from({ length: 500 }, (_, i) => alphabet[Math.floor((i * 26) / 500)]).join('')],
      expected: Array.from({ length: 26 }, (_, k) => Math.ceil(((k + 1) * 500) / 26) - Math.ceil((k * 500) / 26)),
      timeoutMs: 500,
    },
    { name: 'max size 500, one piece', args: [('a' + 'bcdefghijklmnopqrstuvwxyz'.repeat(20)).slice(0, 499) + 'a'], expected: [500], timeoutMs: 500 },
  ],
} satisfies SolutionCases;

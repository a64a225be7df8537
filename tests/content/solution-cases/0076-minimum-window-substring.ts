import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'minWindow',
  cases: [
    { args: ['ADOBECODEBANC', 'ABC'], expected: 'BANC' },
    { args: ['a', 'a'], expected: 'a' },
    { args: ['a', 'aa'], expected: '' },
    { args: ['ab', 'b'], expected: 'b' },
    { args: ['abc', 'd'], expected: '' },
    { args: ['aa', 'aa'], expected: 'aa' },
    { args: ['bba', 'ab'], expected: 'ba' },
    { args: ['aA', 'A'], expected: 'A' },
    { args: ['cabwefgewcwaefgcf', 'cae'], expected: 'cwae' },
    { args: ['xyzzyx', 'xx'], expected: 'xyzzyx' },
    // m = n = 10^5 (the maxima). Box: the window is ~3 * 10^5 steps; growing a window from every start is 10^10.
    { name: 'max size 10^5', args: ['a'.repeat(100_000), 'a'.repeat(100_000)], expected: 'a'.repeat(100_000), timeoutMs: 500 },
    {
      name: 'max size, window at the end',
      args: ['b'.repeat(99_990) + 'abcdefghij', 'jihgfedcba'],
      expected: 'abcdefghij',
      timeoutMs: 500,
    },
  ],
} satisfies SolutionCases;

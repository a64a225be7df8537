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
    { args: ['a'.repeat(100_000), 'a'.repeat(100_000)], expected: 'a'.repeat(100_000) },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'decodeString',
  cases: [
    { args: ['3[a]2[bc]'], expected: 'aaabcbc' },
    { args: ['3[a2[c]]'], expected: 'accaccacc' },
    { args: ['2[abc]3[cd]ef'], expected: 'abcabccdcdcdef' },
    { args: ['abc'], expected: 'abc' },
    { args: ['1[x]'], expected: 'x' },
    { args: ['10[a]'], expected: 'a'.repeat(10) },
    { args: ['ab2[c]d'], expected: 'abccd' },
    { args: ['2[2[2[b]]]'], expected: 'bbbbbbbb' },
    { args: ['3[z]2[2[y]pq4[2[jk]e1[f]]]ef'], expected: 'zzzyypqjkjkefjkjkefjkjkefjkjkefyypqjkjkefjkjkefjkjkefjkjkefef' },
    { args: ['2[a]b'], expected: 'aab' },
    // |s| ≤ 30 and the output is at most 10⁵ characters. Every sensible algorithm is linear in the output
    // here (a regex that rewrites the innermost bracket needs only as many passes as the depth), so no box
    // separates classes; the box only catches pathological copying.
    { name: 'max size: 300 × 300 = 90 000 characters', args: ['300[300[a]]'], expected: 'a'.repeat(90_000), timeoutMs: 500 },
    {
      name: 'max size: 10⁵ characters of output, depth 8',
      args: ['2[5[5[5[5[5[2[8[a]]]]]]]]'],
      expected: 'a'.repeat(100_000),
      timeoutMs: 500,
    },
  ],
} satisfies SolutionCases;

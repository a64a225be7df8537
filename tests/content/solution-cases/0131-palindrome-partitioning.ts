import type { SolutionCases } from '../solution-harness.ts';

/** Reference: try every set of cut positions (bit mask) and keep those whose pieces are all palindromes. */
function partitions(s: string): string[][] {
  const found: string[][] = [];
  for (let mask = 0; mask < 2 ** (s.length - 1); mask++) {
    const pieces: string[] = [];
    let start = 0;
    for (let i = 1; i <= s.length; i++) {
      if (i === s.length || (mask >> (i - 1)) & 1) {
        pieces.push(s.slice(start, i));
        start = i;
      }
    }
    if (pieces.every((piece) => piece === [...piece].reverse().join(''))) found.push(pieces);
  }
  return found;
}

export default {
  entry: 'partition',
  // The order of the pieces inside one partition matters; the order of the partitions does not.
  compare: 'unordered',
  cases: [
    {
      args: ['aab'],
      expected: [
        ['a', 'a', 'b'],
        ['aa', 'b'],
      ],
    },
    { args: ['a'], expected: [['a']] },
    { args: ['abba'], expected: [['a', 'b', 'b', 'a'], ['a', 'bb', 'a'], ['abba']] },
    { args: ['ab'], expected: [['a', 'b']] },
    { args: ['efe'], expected: [['e', 'f', 'e'], ['efe']] },
    { args: ['abcdefghijklmnop'], expected: [[...'abcdefghijklmnop']] },
    { args: ['cbbbcc'], expected: partitions('cbbbcc') },
    // "a"×16 is the largest answer: 2^15 = 32768 partitions. Output size dominates every reasonable
    // algorithm (checking each piece by scanning instead of the DP table costs at most ×16 here and
    // still fits), so the box only rejects exploring far more than the 2^15 answers, e.g. generating
    // all pieces lists with copies at every node.
    { name: 'max size 16 (all equal)', args: ['a'.repeat(16)], expected: partitions('a'.repeat(16)), timeoutMs: 1500 },
    { name: 'max size 16 (mixed)', args: ['abaabacabaabacab'], expected: partitions('abaabacabaabacab'), timeoutMs: 1500 },
  ],
} satisfies SolutionCases;

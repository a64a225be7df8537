import type { SolutionCases } from '../solution-harness.ts';

const keypad = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];

/** Reference: the Cartesian product built breadth-first, independent of the card's recursion. */
function combinations(digits: string): string[] {
  if (digits === '') return [];
  return [...digits].reduce<string[]>((prefixes, digit) => prefixes.flatMap((prefix) => [...keypad[Number(digit)]!].map((letter) => prefix + letter)), ['']);
}

export default {
  entry: 'letterCombinations',
  compare: 'unordered',
  cases: [
    { args: ['23'], expected: ['ad', 'ae', 'af', 'bd', 'be', 'bf', 'cd', 'ce', 'cf'] },
    { args: [''], expected: [] },
    { args: ['2'], expected: ['a', 'b', 'c'] },
    { args: ['7'], expected: ['p', 'q', 'r', 's'] },
    { args: ['99'], expected: combinations('99') },
    { args: ['22'], expected: ['aa', 'ab', 'ac', 'ba', 'bb', 'bc', 'ca', 'cb', 'cc'] },
    { args: ['2345'], expected: combinations('2345') },
    // At most 4 digits means at most 4^4 = 256 strings, so no time box separates complexity classes here;
    // the box only catches runaway recursion.
    { name: 'max size 4 (widest keys)', args: ['7979'], expected: combinations('7979'), timeoutMs: 1000 },
  ],
} satisfies SolutionCases;

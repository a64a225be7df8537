import type { SolutionCases } from '../solution-harness.ts';

// Both maxima: s of length 300 and 1000 words; 20 of the words are runs of 'a', the others hold no 'a'.
const runsOfA = Array.from({ length: 20 }, (_, i) => 'a'.repeat(i + 1));
const fillers = Array.from({ length: 980 }, (_, i) =>
  Array.from({ length: 20 }, (_, p) => String.fromCharCode(98 + ((i * 7 + p * (i % 13 + 1)) % 25))).join(''),
);

export default {
  entry: 'wordBreak',
  cases: [
    { args: ['leetcode', ['leet', 'code']], expected: true },
    { args: ['applepenapple', ['apple', 'pen']], expected: true },
    { args: ['catsandog', ['cats', 'dog', 'sand', 'and', 'cat']], expected: false },
    { args: ['a', ['a']], expected: true },
    { args: ['ab', ['a']], expected: false },
    { args: ['aaaaaaa', ['aaaa', 'aaa']], expected: true },
    // the greedy first match "car" is a dead end; "ca" + "rs" works
    { args: ['cars', ['car', 'ca', 'rs']], expected: true },
    { args: ['bb', ['a', 'b', 'bbb', 'bbbb']], expected: true },
    // plain backtracking explodes here: every prefix of a's splits many ways, the final "b" never matches
    { args: ['a'.repeat(299) + 'b', ['a', 'aa', 'aaa', 'aaaa', 'aaaaa', 'aaaaaa']], expected: false },
    // Box: dp is 300 * 20 substring checks (~1 ms); trying every split without memo is exponential.
    { name: 'max size, no split', args: () => ['a'.repeat(299) + 'b', [...runsOfA, ...new Set(fillers)]], expected: false, timeoutMs: 100 },
    { name: 'max size, splits', args: () => ['a'.repeat(300), [...runsOfA, ...new Set(fillers)]], expected: true, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

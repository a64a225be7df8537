import type { SolutionCases } from '../solution-harness.ts';

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
  ],
} satisfies SolutionCases;

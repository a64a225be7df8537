import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'longestValidParentheses',
  cases: [
    { args: ['(()'], expected: 2 },
    { args: [')()())'], expected: 4 },
    { args: [''], expected: 0 },
    { args: ['()(())'], expected: 6 },
    { args: ['())((())'], expected: 4 },
    { args: ['((('], expected: 0 },
    { args: [')))'], expected: 0 },
    { args: ['()(()'], expected: 2 },
    { args: ['(()())'], expected: 6 },
    { args: [')(((((()())()()))()(()))('], expected: 22 },
    { args: ['()'.repeat(15_000)], expected: 30_000 },
  ],
} satisfies SolutionCases;

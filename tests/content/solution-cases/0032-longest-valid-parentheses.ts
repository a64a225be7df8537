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
    // n = 3 * 10^4 (the maximum). Box: one pass is instant; scanning from every start is 4.5 * 10^8 steps.
    { name: 'max size 3 * 10^4', args: ['()'.repeat(15_000)], expected: 30_000, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

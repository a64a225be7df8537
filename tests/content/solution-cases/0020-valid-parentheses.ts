import type { SolutionCases } from '../solution-harness.ts';

export default {
  entry: 'isValid',
  cases: [
    { args: ['()[]{}'], expected: true },
    { args: ['(]'], expected: false },
    { args: ['([)]'], expected: false },
    { args: ['()'], expected: true },
    { args: ['([])'], expected: true },
    { args: ['{[()()]}'], expected: true },
    { args: ['('], expected: false },
    { args: [']'], expected: false },
    { args: ['(('], expected: false },
    { args: ['){'], expected: false },
    { args: ['(){}}{'], expected: false },
    { args: ['[({})]' + '()'.repeat(100)], expected: true },
  ],
} satisfies SolutionCases;

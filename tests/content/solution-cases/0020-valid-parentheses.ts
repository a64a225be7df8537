import type { SolutionCases } from '../solution-harness.ts';

// n = 10^4 (the maximum): 5000 nested openings of all three kinds, closed in reverse.
const opening = Array.from({ length: 5_000 }, (_, i) => '([{'[i % 3]!).join('');
const closing = [...opening].reverse().map((c) => ({ '(': ')', '[': ']', '{': '}' })[c]!).join('');

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
    // Box: a stack measured ~1 ms of CPU; deleting matched pairs one replace at a time is O(n^2) (measured ~60 ms).
    { name: 'max size 10^4, nested', args: () => [opening + closing], expected: true, timeoutMs: 15 },
    { name: 'max size 10^4, last bracket wrong', args: () => [opening + closing.slice(0, -1) + ']'], expected: false, timeoutMs: 15 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const dayCount = 100_000;
// a long flat stretch ending in one warm day: every day waits until the last one
const flatThenWarm = Array.from({ length: dayCount }, (_, i) => (i === dayCount - 1 ? 100 : 99));
const daysUntilLast = Array.from({ length: dayCount }, (_, i) => (i === dayCount - 1 ? 0 : dayCount - 1 - i));

export default {
  entry: 'dailyTemperatures',
  cases: [
    { args: [[73, 74, 75, 71, 69, 72, 76, 73]], expected: [1, 1, 4, 2, 1, 1, 0, 0] },
    { args: [[30, 40, 50, 60]], expected: [1, 1, 1, 0] },
    { args: [[60, 50, 50, 40]], expected: [0, 0, 0, 0] },
    { args: [[30, 60, 90]], expected: [1, 1, 0] },
    { args: [[50]], expected: [0] },
    { args: [[70, 70, 71]], expected: [2, 1, 0] },
    { args: [[89, 62, 70, 58, 47, 47, 46, 76, 100, 70]], expected: [8, 1, 5, 4, 3, 2, 1, 1, 0, 0] },
    // Box: the stack is ~2 * 10^5 steps; looking ahead from every day here is 5 * 10^9 steps.
    { name: 'max size 10^5', args: [flatThenWarm], expected: daysUntilLast, timeoutMs: 500 },
  ],
} satisfies SolutionCases;

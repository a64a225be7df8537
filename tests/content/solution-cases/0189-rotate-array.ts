import type { SolutionCases } from '../solution-harness.ts';

// n = 10^5 and k = 10^5 - 1 (the maxima).
const ascending = () => Array.from({ length: 100_000 }, (_, i) => i);
const rotatedBy = (k: number) => [...ascending().slice(100_000 - k), ...ascending().slice(0, 100_000 - k)];

export default {
  entry: 'rotate',
  mutates: 0,
  cases: [
    { args: [[1, 2, 3, 4, 5, 6, 7], 3], expected: [5, 6, 7, 1, 2, 3, 4] },
    { args: [[-1, -100, 3, 99], 2], expected: [3, 99, -1, -100] },
    { args: [[1, 2], 3], expected: [2, 1] },
    { args: [[1], 0], expected: [1] },
    { args: [[1], 5], expected: [1] },
    { args: [[1, 2, 3], 0], expected: [1, 2, 3] },
    { args: [[1, 2, 3], 3], expected: [1, 2, 3] },
    { args: [[1, 2, 3, 4, 5, 6], 4], expected: [3, 4, 5, 6, 1, 2] },
    { args: [[1, 2, 3], 100_000], expected: [3, 1, 2] },
    { args: [[-2_147_483_648, 0, 2_147_483_647], 1], expected: [2_147_483_647, -2_147_483_648, 0] },
    // Box: three reversals measured ~2.5 ms of CPU; moving one step k times is 10^10 steps (measured ~8 s).
    { name: 'max size 10^5', args: () => [ascending(), 99_999], expected: rotatedBy(99_999), timeoutMs: 200 },
  ],
} satisfies SolutionCases;

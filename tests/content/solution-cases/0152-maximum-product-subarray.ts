import type { SolutionCases } from '../solution-harness.ts';

// n = 2 * 10^4 (the maximum): all -1 with one 2 in the middle; the best is 2 times an even number of -1s.
const minusOnes = () => Array.from({ length: 20_000 }, (_, i) => (i === 10_000 ? 2 : -1));

export default {
  entry: 'maxProduct',
  cases: [
    { args: [[2, 3, -2, 4]], expected: 6 },
    { args: [[-2, 0, -1]], expected: 0 },
    { args: [[-2, 3, -4]], expected: 24 },
    { args: [[-2]], expected: -2 },
    { args: [[0]], expected: 0 },
    { args: [[-1, -2, -3, 0]], expected: 6 },
    { args: [[2, -5, -2, -4, 3]], expected: 24 },
    { args: [[-3, -1, -1]], expected: 3 },
    { args: [[0, 2]], expected: 2 },
    { args: [[-2, -3, 7]], expected: 42 },
    { args: [[3, -1, 4]], expected: 4 },
    { args: [[-1, -1]], expected: 1 },
    // Box: one pass measured ~10 ms of CPU; all 2 * 10^8 subarrays took ~13 s.
    { name: 'max size 2 * 10^4', args: () => [minusOnes()], expected: 2, timeoutMs: 300 },
  ],
} satisfies SolutionCases;

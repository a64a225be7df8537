import type { SolutionCases } from '../solution-harness.ts';

// n = 3000 (the maximum): 3000 distinct odd numbers; three odd numbers never sum to 0, so nothing stops early.
const oddNumbers = () => Array.from({ length: 3_000 }, (_, i) => 2 * i - 2_999);

export default {
  entry: 'threeSum',
  compare: 'unordered-nested',
  cases: [
    { args: [[-1, 0, 1, 2, -1, -4]], expected: [[-1, -1, 2], [-1, 0, 1]] },
    { args: [[0, 1, 1]], expected: [] },
    { args: [[0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[0, 0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[1, 2, -2, -1]], expected: [] },
    { args: [[-2, 0, 1, 1, 2]], expected: [[-2, 0, 2], [-2, 1, 1]] },
    { args: [[-4, -1, -1, 0, 1, 2]], expected: [[-1, -1, 2], [-1, 0, 1]] },
    {
      args: [[3, -2, 1, 0, -1, 2, -3]],
      expected: [[-3, 0, 3], [-3, 1, 2], [-2, -1, 3], [-2, 0, 2], [-1, 0, 1]],
    },
    { args: [[-100_000, 50_000, 50_000, 0, 100_000]], expected: [[-100_000, 0, 100_000], [-100_000, 50_000, 50_000]] },
    // Box: sort + two pointers is ~4.5 * 10^6 steps (measured ~8 ms of CPU); all triples
    // are 4.5 * 10^9 steps (measured ~11 s).
    { name: 'max size 3000, no triple', args: () => [oddNumbers()], expected: [], timeoutMs: 500 },
  ],
} satisfies SolutionCases;

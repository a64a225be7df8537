import type { SolutionCases } from '../solution-harness.ts';

const n = 10_000;

// n = 10⁴. The greedy scan takes well under 1 ms; the O(n²) dynamic programmes ("is any earlier reachable
// index able to jump here?" or marking every cell each index can reach) need ~5·10⁷–10⁸ steps, 50 ms and
// up. 30 ms separates them, with the card at least 10× inside the box.
export default {
  entry: 'canJump',
  cases: [
    { args: [[2, 3, 1, 1, 4]], expected: true },
    { args: [[3, 2, 1, 0, 4]], expected: false },
    { args: [[0]], expected: true },
    { args: [[5]], expected: true },
    { args: [[0, 1]], expected: false },
    { args: [[1, 0]], expected: true },
    { args: [[2, 0, 0]], expected: true },
    { args: [[1, 0, 1, 0]], expected: false },
    { args: [[1, 1, 2, 0, 0, 1]], expected: false },
    { args: [[100_000, 0, 0, 0]], expected: true },
    {
      // Every index reachable only step by step; the last jump length is 0, which does not matter.
      name: 'max size 10⁴, all ones',
      args: () => [[...new Array<number>(n - 1).fill(1), 0]],
      expected: true,
      timeoutMs: 30,
    },
    {
      // Each index reaches exactly up to the wall at n - 2, which has length 0: stuck just before the end.
      name: 'max size 10⁴, wall before the end',
      args: () => [Array.from({ length: n }, (_, i) => (i < n - 2 ? n - 2 - i : i === n - 2 ? 0 : 7))],
      expected: false,
      timeoutMs: 30,
    },
  ],
} satisfies SolutionCases;

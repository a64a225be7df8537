import type { SolutionCases } from '../solution-harness.ts';

const SIZE = 10;
const full = (cell: (r: number, c: number) => number) =>
  Array.from({ length: SIZE }, (_, r) => Array.from({ length: SIZE }, (_, c) => cell(r, c)));
// A serpentine corridor of fresh oranges with the rotten one at its start: every step is a new minute.
const serpentine = full((r, c) => (r % 2 === 0 || (r % 4 === 1 ? c === SIZE - 1 : c === 0) ? 1 : 0));
serpentine[0]![0] = 2;
const corridorLength = serpentine.flat().filter((cell) => cell !== 0).length;

export default {
  entry: 'orangesRotting',
  cases: [
    { args: [[[2, 1, 1], [1, 1, 0], [0, 1, 1]]], expected: 4 },
    { args: [[[2, 1, 1], [0, 1, 1], [1, 0, 1]]], expected: -1 },
    { args: [[[0, 2]]], expected: 0 },
    { name: 'no oranges at all', args: [[[0]]], expected: 0 },
    { name: 'fresh but nothing rotten', args: [[[1]]], expected: -1 },
    { name: 'two sources meet in the middle', args: [[[2, 1, 1, 1, 1, 1, 2]]], expected: 3 },
    { name: 'diagonal does not spread', args: [[[2, 0], [0, 1]]], expected: -1 },
    // 10 × 10 is LeetCode's whole range: every complexity finishes in microseconds, so the box only guards against hangs.
    { name: 'max size, all fresh around one rotten corner', args: () => [full((r, c) => (r === 0 && c === 0 ? 2 : 1))], expected: 18, timeoutMs: 100 },
    { name: 'max size, serpentine corridor', args: () => [serpentine], expected: corridorLength - 1, timeoutMs: 100 },
  ],
} satisfies SolutionCases;

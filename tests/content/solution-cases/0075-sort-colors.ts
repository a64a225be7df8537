import type { SolutionCases } from '../solution-harness.ts';

const N = 300;
const mixed = Array.from({ length: N }, (_, i) => (i * 7 + Math.floor(i / 5)) % 3);
const sortedCopy = (values: number[]) => [...values].sort((a, b) => a - b);
const reversedBlocks = [...Array.from({ length: 100 }, () => 2), ...Array.from({ length: 100 }, () => 1), ...Array.from({ length: 100 }, () => 0)];

export default {
  entry: 'sortColors',
  mutates: 0,
  cases: [
    { args: [[2, 0, 2, 1, 1, 0]], expected: [0, 0, 1, 1, 2, 2] },
    { args: [[2, 0, 1]], expected: [0, 1, 2] },
    { args: [[1]], expected: [1] },
    { args: [[0]], expected: [0] },
    { args: [[2, 2]], expected: [2, 2] },
    { args: [[1, 0]], expected: [0, 1] },
    { name: 'a 2 swapped in from the right is checked again', args: [[2, 1, 2]], expected: [1, 2, 2] },
    { args: [[1, 2, 0]], expected: [0, 1, 2] },
    // n ≤ 300 is LeetCode's whole range: even an O(n²) sort is ~9·10⁴ steps, so the boxes only guard against hangs.
    { name: 'max size, mixed', args: () => [[...mixed]], expected: sortedCopy(mixed), timeoutMs: 100 },
    { name: 'max size, blocks in reverse', args: () => [[...reversedBlocks]], expected: sortedCopy(reversedBlocks), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

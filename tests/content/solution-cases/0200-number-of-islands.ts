import type { SolutionCases } from '../solution-harness.ts';

const rows = (...lines: string[]) => lines.map((line) => [...line]);
const SIZE = 300;
const grid = (cell: (r: number, c: number) => boolean) =>
  Array.from({ length: SIZE }, (_, r) => Array.from({ length: SIZE }, (_, c) => (cell(r, c) ? '1' : '0')));

export default {
  entry: 'numIslands',
  cases: [
    { args: [rows('11110', '11010', '11000', '00000')], expected: 1 },
    { args: [rows('11000', '11000', '00100', '00011')], expected: 3 },
    { name: 'diagonal neighbours are separate', args: [rows('101', '010')], expected: 3 },
    { args: [rows('0')], expected: 0 },
    { args: [rows('1')], expected: 1 },
    { name: 'ring around a lake with an island', args: [rows('11111', '10001', '10101', '10001', '11111')], expected: 2 },
    { name: 'U shape joined at the bottom', args: [rows('101', '101', '111')], expected: 1 },
    // 300 × 300 = 9·10⁴ cells: O(mn) measures 4–120 ms. Re-scanning the grid per island or per cell (O((mn)²),
    // ~8·10⁹ steps on the checkerboard's 4.5·10⁴ islands) misses 1 s by far. The slow end is the first
    // big case (cold code, 9·10⁴ queue entries), hence the roomy box.
    { name: 'max size, all land', args: () => [grid(() => true)], expected: 1, timeoutMs: 1_000 },
    { name: 'max size, checkerboard', args: () => [grid((r, c) => (r + c) % 2 === 0)], expected: SIZE * SIZE / 2, timeoutMs: 1_000 },
    { name: 'max size, serpentine single island', args: () => [grid((r, c) => r % 2 === 0 || (r % 4 === 1 ? c === SIZE - 1 : c === 0))], expected: 1, timeoutMs: 1_000 },
    { name: 'max size, horizontal stripes', args: () => [grid((r) => r % 2 === 0)], expected: SIZE / 2, timeoutMs: 1_000 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const sample = () => [
  ['A', 'B', 'C', 'E'],
  ['S', 'F', 'C', 'S'],
  ['A', 'D', 'E', 'E'],
];
const grid = (size: number, fill: string) => Array.from({ length: size }, () => Array<string>(size).fill(fill));

export default {
  entry: 'exist',
  cases: [
    { args: () => [sample(), 'ABCCED'], expected: true },
    { args: () => [sample(), 'SEE'], expected: true },
    { args: () => [sample(), 'ABCB'], expected: false },
    { args: [[['a']], 'a'], expected: true },
    { args: [[['a']], 'b'], expected: false },
    { args: [[['a']], 'aa'], expected: false },
    // case matters: 'a' and 'A' are different letters
    { args: [[['a', 'B']], 'Ab'], expected: false },
    {
      args: [
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        'abdc',
      ],
      expected: true,
    },
    {
      args: [
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        'abcd',
      ],
      expected: false,
    },
    {
      args: [
        [
          ['C', 'A', 'A'],
          ['A', 'A', 'A'],
          ['B', 'C', 'D'],
        ],
        'AAB',
      ],
      expected: true,
    },
    {
      args: [
        [
          ['A', 'B', 'C', 'E'],
          ['S', 'F', 'E', 'S'],
          ['A', 'D', 'E', 'E'],
        ],
        'ABCESEEEFS',
      ],
      expected: true,
    },
    // Max size 6×6, |word| = 15. The worst case is exponential for every known algorithm, so the box
    // cannot separate classes cleanly; it separates practical variants instead. On the first case a
    // plain DFS with in-place marking (no pruning) explores every self-avoiding path in ~150 ms
    // (measured on an idle core); copying the board or a visited set at every step multiplies that by
    // m·n = 36, i.e. seconds, and misses the box. The card's letter-count pruning answers at once.
    { name: 'max size: letter missing', args: () => [grid(6, 'A'), 'AAAAAAAAAAAAAAB'], expected: false, timeoutMs: 1500 },
    {
      // Both B's are adjacent, but the word needs 14 steps between them: on a chessboard-coloured grid
      // an even number of steps cannot join two neighbouring cells, so the search must be exhaustive.
      name: 'max size: impossible by parity',
      args: () => {
        const board = grid(6, 'A');
        board[0]![0] = 'B';
        board[0]![1] = 'B';
        return [board, 'BAAAAAAAAAAAAAB'];
      },
      expected: false,
      timeoutMs: 1500,
    },
    { name: 'max size: found', args: () => [grid(6, 'A'), 'A'.repeat(15)], expected: true, timeoutMs: 1500 },
  ],
} satisfies SolutionCases;

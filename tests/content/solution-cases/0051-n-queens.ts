import type { SolutionCases } from '../solution-harness.ts';

/** Reference: bit-mask search over rows, drawing each board from the column chosen per row. */
function boards(n: number): string[][] {
  const found: string[][] = [];
  const cols: number[] = [];
  const search = (row: number, used: number, diag: number, anti: number): void => {
    if (row === n) {
      found.push(cols.map((c) => Array.from({ length: n }, (_, i) => (i === c ? 'Q' : '.')).join('')));
      return;
    }
    for (let c = 0; c < n; c++) {
      const bit = 1 << c;
      if (used & bit || diag & bit || anti & bit) continue;
      cols.push(c);
      search(row + 1, used | bit, ((diag | bit) << 1) & ((1 << n) - 1), (anti | bit) >> 1);
      cols.pop();
    }
  };
  search(0, 0, 0, 0);
  return found;
}

const nine = boards(9);

export default {
  entry: 'solveNQueens',
  // Each board is an ordered list of rows; the list of boards has no fixed order.
  compare: 'unordered',
  cases: [
    {
      args: [4],
      expected: [
        ['.Q..', '...Q', 'Q...', '..Q.'],
        ['..Q.', 'Q...', '...Q', '.Q..'],
      ],
    },
    { args: [1], expected: [['Q']] },
    { args: [2], expected: [] },
    { args: [3], expected: [] },
    { args: [5], expected: boards(5) },
    { args: [6], expected: boards(6) },
    {
      name: 'n = 8 has 92 solutions',
      args: [8],
      check: (result) => (Array.isArray(result) && result.length === 92 ? undefined : 'expected 92 boards'),
      expected: boards(8),
    },
    // n = 9 (352 boards) is the maximum. A search with O(1) conflict checks visits ~10^5 nodes and takes
    // a few ms; scanning earlier rows for conflicts (×n) or trying all n^n placements per row without
    // pruning (9^9 ≈ 3.9·10^8 leaves) are the slower designs: the first still fits, the second does not.
    { name: 'max size 9', args: [9], expected: nine, timeoutMs: 1500 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

const firstTenRows = [
  [1],
  [1, 1],
  [1, 2, 1],
  [1, 3, 3, 1],
  [1, 4, 6, 4, 1],
  [1, 5, 10, 10, 5, 1],
  [1, 6, 15, 20, 15, 6, 1],
  [1, 7, 21, 35, 35, 21, 7, 1],
  [1, 8, 28, 56, 70, 56, 28, 8, 1],
  [1, 9, 36, 84, 126, 126, 84, 36, 9, 1],
];

// numRows = 30 (the maximum); row r, column c is C(r, c), computed by the multiplicative formula.
const binomialRows = Array.from({ length: 30 }, (_, r) => {
  const row = [1];
  for (let c = 1; c <= r; c++) row.push(Math.round((row[c - 1]! * (r - c + 1)) / c));
  return row;
});

export default {
  entry: 'generate',
  cases: [
    { args: [5], expected: firstTenRows.slice(0, 5) },
    { args: [1], expected: [[1]] },
    { args: [3], expected: [[1], [1, 1], [1, 2, 1]] },
    { args: [2], expected: [[1], [1, 1]] },
    { args: [6], expected: firstTenRows.slice(0, 6) },
    { args: [10], expected: firstTenRows },
    // 465 numbers: every solution is instant; the box only catches something runaway.
    { name: 'max size 30', args: [30], expected: binomialRows, timeoutMs: 50 },
  ],
} satisfies SolutionCases;

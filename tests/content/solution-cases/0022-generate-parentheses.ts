import type { SolutionCases } from '../solution-harness.ts';

/** Reference by the first-closing-pair decomposition: "(" + A + ")" + B, with |A| + |B| = n - 1 pairs. */
function balanced(n: number): string[] {
  if (n === 0) return [''];
  const found: string[] = [];
  for (let inner = 0; inner < n; inner++) {
    for (const a of balanced(inner)) for (const b of balanced(n - 1 - inner)) found.push(`(${a})${b}`);
  }
  return found;
}

export default {
  entry: 'generateParenthesis',
  compare: 'unordered',
  cases: [
    { args: [3], expected: ['((()))', '(()())', '(())()', '()(())', '()()()'] },
    { args: [1], expected: ['()'] },
    { args: [2], expected: ['(())', '()()'] },
    { args: [4], expected: balanced(4) },
    { args: [5], expected: balanced(5) },
    // n = 8 gives C(8) = 1430 strings. Filtering all 2^16 = 65536 strings is also fast at this size,
    // so the box cannot separate the two; it only catches runaway recursion.
    { name: 'max size 8', args: [8], expected: balanced(8), timeoutMs: 1000 },
  ],
} satisfies SolutionCases;

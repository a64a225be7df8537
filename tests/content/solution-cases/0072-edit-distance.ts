import type { SolutionCases } from '../solution-harness.ts';

/** Reference: the full (m+1)×(n+1) Levenshtein table. */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      dp[i]![j] = Math.min(substitution, dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1);
    }
  }
  return dp[a.length]![b.length]!;
}

/** Deterministic pseudo-random lowercase text (LCG). */
function randomText(length: number, seed: number, letters: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += String.fromCharCode(97 + (state % letters));
  }
  return text;
}

const a = randomText(500, 3, 5);
const b = randomText(500, 4, 5);

// 500 × 500 is the maximum: 2.5·10⁵ cell updates, a few ms (tens on a busy machine). Recursion without
// memoisation is exponential (three branches per step), so a generous 500 ms box still rejects it.
export default {
  entry: 'minDistance',
  cases: [
    { args: ['horse', 'ros'], expected: 3 },
    { args: ['intention', 'execution'], expected: 5 },
    { args: ['', 'abc'], expected: 3 },
    { args: ['abc', ''], expected: 3 },
    { args: ['', ''], expected: 0 },
    { args: ['same', 'same'], expected: 0 },
    { args: ['a', 'b'], expected: 1 },
    { args: ['kitten', 'sitting'], expected: 3 },
    { args: ['abcdef', 'azced'], expected: 3 },
    { args: ['sea', 'eat'], expected: 2 },
    { name: 'max size 500 × 500, random over 5 letters', args: [a, b], expected: distance(a, b), timeoutMs: 500 },
    { name: 'max size 500 × 500, nothing in common', args: ['a'.repeat(500), 'b'.repeat(500)], expected: 500, timeoutMs: 500 },
    { name: 'max size 500 vs empty', args: ['z'.repeat(500), ''], expected: 500, timeoutMs: 500 },
  ],
} satisfies SolutionCases;

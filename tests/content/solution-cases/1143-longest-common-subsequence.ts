import type { SolutionCases } from '../solution-harness.ts';

/** Reference: the full (m+1)×(n+1) table. */
function lcs(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  return dp[a.length]![b.length]!;
}

/** Deterministic pseudo-random lowercase text (LCG). */
function randomText(length: number, seed: number, letters = 26): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += String.fromCharCode(97 + (state % letters));
  }
  return text;
}

const a = randomText(1000, 1, 4);
const b = randomText(1000, 2, 4);
const cycle = 'abcdefghijklmnopqrstuvwxyz'.repeat(39).slice(0, 1000);
const reversed = [...cycle].reverse().join('');

// 1000 × 1000 is the maximum: the DP is 10⁶ cell updates, 10–110 ms measured on this shared machine (the
// no-match branch is the slow one). The slower designs are plain recursion without memoisation and
// enumerating subsequences, both exponential, so the box can be a generous 1000 ms.
export default {
  entry: 'longestCommonSubsequence',
  cases: [
    { args: ['abcde', 'ace'], expected: 3 },
    { args: ['abc', 'abc'], expected: 3 },
    { args: ['abc', 'def'], expected: 0 },
    { args: ['a', 'a'], expected: 1 },
    { args: ['a', 'b'], expected: 0 },
    { args: ['ace', 'abcde'], expected: 3 },
    { args: ['bsbininm', 'jmjkbkjkv'], expected: 1 },
    { args: ['oxcpqrsvwf', 'shmtulqrypy'], expected: 2 },
    { args: ['abcba', 'abcbcba'], expected: 5 },
    { name: 'max size 1000 × 1000, random over 4 letters', args: [a, b], expected: lcs(a, b), timeoutMs: 1000 },
    { name: 'max size 1000 × 1000, disjoint', args: ['a'.repeat(1000), 'b'.repeat(1000)], expected: 0, timeoutMs: 1000 },
    { name: 'max size 1000 × 1000, reversed alphabet', args: [cycle, reversed], expected: lcs(cycle, reversed), timeoutMs: 1000 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';

// n = 3 * 10^4, m = 1.5 * 10^4: the alphabet over and over. A window of 15000 = 576 * 26 + 24 letters matches
// p (the first window) exactly when it starts at a multiple of 26.
const alphabetRun = Array.from({ length: 30_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
const alphabetStarts = Array.from({ length: 15_001 }, (_, i) => i).filter((i) => i % 26 === 0);

export default {
  entry: 'findAnagrams',
  compare: 'unordered',
  cases: [
    { args: ['cbaebabacd', 'abc'], expected: [0, 6] },
    { args: ['abab', 'ab'], expected: [0, 1, 2] },
    { args: ['a', 'ab'], expected: [] },
    { args: ['abc', 'abc'], expected: [0] },
    { args: ['aaaa', 'aa'], expected: [0, 1, 2] },
    { args: ['baa', 'aa'], expected: [1] },
    { args: ['abacbabc', 'abc'], expected: [1, 2, 3, 5] },
    { args: ['xyz', 'a'], expected: [] },
    { args: ['zyxwz', 'z'], expected: [0, 4] },
    // Box: a sliding count measured ~10 ms of CPU; counting every window afresh is 2.25 * 10^8 steps (measured ~1.7 s).
    { name: 'max size 3 * 10^4', args: [alphabetRun, alphabetRun.slice(0, 15_000)], expected: alphabetStarts, timeoutMs: 150 },
  ],
} satisfies SolutionCases;

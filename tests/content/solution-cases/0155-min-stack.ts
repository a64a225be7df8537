import type { SolutionCases } from '../solution-harness.ts';

type Call = [name: string, params: number[], returns: number | null];

/** Turns a list of calls into LeetCode's [names, params] form and its expected output. */
function sequence(calls: Call[]): { args: [string[], number[][]]; expected: (number | null)[] } {
  const all: Call[] = [['MinStack', [], null], ...calls];
  return { args: [all.map((c) => c[0]), all.map((c) => c[1])], expected: all.map((c) => c[2]) };
}

/**
 * 3·10⁴ calls, the maximum: 10⁴ pushes of increasing values (so the minimum is the deepest element), then
 * rounds of seven getMin, one top and one pop. O(1) per call takes ~1–15 ms here (most of it crossing into
 * the vm); scanning the stack in getMin costs ~15 500 × ~8 900 ≈ 1.4·10⁸ comparisons, several hundred ms.
 * A 150 ms box separates them.
 */
function maxSequence(): { args: [string[], number[][]]; expected: (number | null)[] } {
  const calls: Call[] = [];
  const pushes = 10_000;
  const valueAt = (i: number) => -2_147_483_648 + i * 400_000;
  for (let i = 0; i < pushes; i++) calls.push(['push', [valueAt(i)], null]);
  let size = pushes;
  const round: Call[] = [];
  while (calls.length + round.length < 29_999) {
    if (round.length === 0) {
      for (let k = 0; k < 7; k++) round.push(['getMin', [], valueAt(0)]);
      round.push(['top', [], valueAt(size - 1)], ['pop', [], null]);
      size--;
    }
    calls.push(round.shift()!);
  }
  return sequence(calls);
}

const big = maxSequence();

export default {
  entry: 'MinStack',
  design: true,
  cases: [
    {
      args: [
        ['MinStack', 'push', 'push', 'push', 'getMin', 'pop', 'top', 'getMin'],
        [[], [-2], [0], [-3], [], [], [], []],
      ],
      expected: [null, null, null, null, -3, null, 0, -2],
    },
    sequence([
      ['push', [5], null],
      ['getMin', [], 5],
      ['top', [], 5],
    ]),
    // A repeated minimum must survive popping one copy of it.
    sequence([
      ['push', [1], null],
      ['push', [1], null],
      ['push', [2], null],
      ['pop', [], null],
      ['pop', [], null],
      ['getMin', [], 1],
      ['top', [], 1],
    ]),
    // Extremes of the value range; the minimum changes as the stack shrinks and grows again.
    sequence([
      ['push', [2_147_483_647], null],
      ['push', [-2_147_483_648], null],
      ['getMin', [], -2_147_483_648],
      ['pop', [], null],
      ['getMin', [], 2_147_483_647],
      ['push', [0], null],
      ['getMin', [], 0],
      ['top', [], 0],
    ]),
    sequence([
      ['push', [3], null],
      ['push', [4], null],
      ['push', [2], null],
      ['push', [5], null],
      ['getMin', [], 2],
      ['pop', [], null],
      ['pop', [], null],
      ['getMin', [], 3],
      ['pop', [], null],
      ['pop', [], null],
      ['push', [7], null],
      ['getMin', [], 7],
    ]),
    { name: 'max size 3·10⁴ calls', args: () => big.args, expected: big.expected, timeoutMs: 150 },
  ],
} satisfies SolutionCases;

import type { SolutionCases } from '../solution-harness.ts';
import { list, listToArray } from '../solution-builders.ts';

const lists = (groups: number[][]) => () => [groups.map((values) => list(values))];
const mergedValues = (groups: number[][]) => groups.flat().sort((a, b) => a - b);

// k = 10⁴ one-node lists (N = 10⁴), in ascending order so each sequential merge walks the whole result so far.
const singles = Array.from({ length: 10_000 }, (_, i) => [-10_000 + 2 * i]);
// N = 10⁴ spread over 20 lists of 500 (the per-list maximum), interleaved values.
const twenty = Array.from({ length: 20 }, (_, l) => Array.from({ length: 500 }, (_, j) => -10_000 + j * 40 + l));

export default {
  entry: 'mergeKLists',
  output: listToArray,
  cases: [
    { args: lists([[1, 4, 5], [1, 3, 4], [2, 6]]), expected: [1, 1, 2, 3, 4, 4, 5, 6] },
    { args: lists([]), expected: [] },
    { args: lists([[]]), expected: [] },
    { args: lists([[], [3], []]), expected: [3] },
    { args: lists([[-2, 0, 9]]), expected: [-2, 0, 9] },
    { args: lists([[5, 5], [5], [1, 5]]), expected: [1, 5, 5, 5, 5] },
    { args: lists([[], [], [-1], [], [-3, 10]]), expected: [-3, -1, 10] },
    // k = N = 10⁴: O(N log k) is ~1.4·10⁵ steps (measured 2–10 ms); merging one list at a time is O(N·k) ≈ 5·10⁷
    // steps (~115 ms of CPU, 270–660 ms wall on a busy machine) and scanning all k heads per node 10⁸: over 50 ms.
    { name: 'max size, 10⁴ single-node lists', args: lists(singles), expected: mergedValues(singles), timeoutMs: 50 },
    { name: '20 lists of the maximum length 500', args: lists(twenty), expected: mergedValues(twenty), timeoutMs: 100 },
  ],
} satisfies SolutionCases;

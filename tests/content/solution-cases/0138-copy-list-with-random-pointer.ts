import type { SolutionCases } from '../solution-harness.ts';
import { randomList, randomListToArray, type RandomNodeShape } from '../solution-builders.ts';

type Pairs = Array<[number, number | null]>;

/** A deep copy: same shape as the input, none of its nodes is a node of the original, and the original is intact. */
function deepCopyCase(pairs: Pairs, extra: { name?: string; timeoutMs?: number } = {}) {
  return {
    ...extra,
    args: () => [randomList(pairs)],
    check: (result: unknown, args: unknown[]) => {
      let shape: Pairs;
      try {
        shape = randomListToArray(result); // also fails when a random pointer leads back into the original
      } catch (error) {
        return `returned a list that is not a closed copy: ${(error as Error).message}`;
      }
      if (JSON.stringify(shape) !== JSON.stringify(pairs)) return `returned ${JSON.stringify(shape).slice(0, 200)}, expected ${JSON.stringify(pairs).slice(0, 200)}`;
      let original: Pairs;
      try {
        original = randomListToArray(args[0]);
      } catch (error) {
        return `left the original list broken: ${(error as Error).message}`;
      }
      if (JSON.stringify(original) !== JSON.stringify(pairs)) return 'modified the original list';
      const originals = new Set<unknown>();
      for (let node = args[0] as RandomNodeShape | null; node !== null; node = node.next) originals.add(node);
      let index = 0;
      for (let node = result as RandomNodeShape | null; node !== null; node = node.next, index++) {
        if (originals.has(node)) return `node ${index} of the result is a node of the original list, not a copy`;
      }
      return undefined;
    },
  };
}

const MAX = 1_000;
const big: Pairs = Array.from({ length: MAX }, (_, i) => [((i * 37) % 20_001) - 10_000, i % 3 === 0 ? null : (i * 7919) % MAX]);

export default {
  entry: 'copyRandomList',
  cases: [
    deepCopyCase([[7, null], [13, 0], [11, 4], [10, 2], [1, 0]]),
    deepCopyCase([[1, 1], [2, 1]]),
    deepCopyCase([[3, null], [3, 0], [3, null]]),
    deepCopyCase([], { name: 'empty list' }),
    deepCopyCase([[5, 0]], { name: 'a node whose random is itself' }),
    deepCopyCase([[1, null], [2, null], [3, null]], { name: 'no random pointers' }),
    deepCopyCase([[1, 3], [2, 2], [3, 1], [4, 0]], { name: 'random pointers ahead and behind' }),
    // n = 1000 is LeetCode's maximum: O(n) takes well under 1 ms; an O(n²) "find the random target by walking"
    // copy is ~10⁶ steps and still fast, so this box only catches cubic work or a hang.
    deepCopyCase(big, { name: 'max size 1000', timeoutMs: 100 }),
  ],
} satisfies SolutionCases;

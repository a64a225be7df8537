import type { SolutionCases } from '../solution-harness.ts';

type Calls = [string[], number[][]];

/**
 * Reference LRU built differently from the card (stamps plus a lazily cleaned queue), used to compute the
 * expected output of the long generated sequences.
 */
function replay([names, params]: Calls): Array<number | null> {
  const capacity = params[0]![0]!;
  const values = new Map<number, number>();
  const lastUse = new Map<number, number>();
  const queue: Array<[number, number]> = [];
  let head = 0;
  let clock = 0;
  const touch = (key: number) => {
    lastUse.set(key, ++clock);
    queue.push([key, clock]);
  };
  return names.map((name, i): number | null => {
    const [key, value] = params[i]!;
    if (name === 'LRUCache') return null;
    if (name === 'get') {
      if (!values.has(key!)) return -1;
      touch(key!);
      return values.get(key!)!;
    }
    values.set(key!, value!);
    touch(key!);
    while (values.size > capacity) {
      const [oldKey, stamp] = queue[head++]!;
      if (lastUse.get(oldKey) === stamp) {
        values.delete(oldKey);
        lastUse.delete(oldKey);
      }
    }
    return null;
  });
}

/** 2·10⁵ calls (the maximum): puts and gets over 10⁴ + 1 keys with a full 3000-entry cache. */
function maxSequence(): Calls {
  const names = ['LRUCache'];
  const params: number[][] = [[3_000]];
  let seed = 12_345;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  for (let i = 1; i < 200_000; i++) {
    const key = next() % 10_001;
    if (i % 3 === 0) {
      names.push('get');
      params.push([key]);
    } else {
      names.push('put');
      params.push([key, next() % 100_001]);
    }
  }
  return [names, params];
}

/** Capacity 3000, fill it, then keep touching the oldest key: an O(capacity) list scan per call is slow. */
function churnSequence(): Calls {
  const names = ['LRUCache'];
  const params: number[][] = [[3_000]];
  for (let key = 0; key < 3_000; key++) {
    names.push('put');
    params.push([key, key]);
  }
  for (let i = 0; names.length < 200_000; i++) {
    names.push(i % 2 === 0 ? 'get' : 'put');
    params.push(i % 2 === 0 ? [(i / 2) % 3_000] : [3_000 + (i % 7_001), i % 100_001]);
  }
  return [names, params];
}

const example: Calls = [
  ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'put', 'get', 'get', 'get'],
  [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
];
const max = maxSequence();
const churn = churnSequence();

export default {
  entry: 'LRUCache',
  design: true,
  cases: [
    { args: example, expected: [null, null, null, 1, null, -1, null, -1, 3, 4] },
    { name: 'capacity 1', args: [['LRUCache', 'put', 'put', 'get', 'get'], [[1], [2, 1], [3, 2], [2], [3]]], expected: [null, null, null, -1, 2] },
    { name: 'updating a key makes it recent and does not evict', args: [['LRUCache', 'put', 'put', 'put', 'put', 'get', 'get'], [[2], [1, 1], [2, 2], [1, 10], [3, 3], [1], [2]]], expected: [null, null, null, null, null, 10, -1] },
    { name: 'get of a missing key does not change the order', args: [['LRUCache', 'get', 'put', 'put', 'get', 'put', 'get', 'get'], [[2], [5], [1, 1], [2, 2], [9], [3, 3], [1], [2]]], expected: [null, -1, null, null, -1, null, -1, 2] },
    { name: 'a get makes a key recent', args: [['LRUCache', 'put', 'put', 'get', 'put', 'get', 'get', 'get'], [[2], [2, 1], [1, 1], [2], [4, 1], [1], [2], [4]]], expected: [null, null, null, 1, null, -1, 1, 1] },
    { name: 'value 0 is a hit, not a miss', args: [['LRUCache', 'put', 'get', 'put', 'get'], [[1], [0, 0], [0], [0, 100_000], [0]]], expected: [null, null, 0, null, 100_000] },
    // 2·10⁵ calls with capacity 3000: the O(1) card measures 100–250 ms here, most of it the harness's per-call
    // overhead. An array kept in recency order (native indexOf/splice over ≤ 3000 numbers per call) measured about
    // as fast, so no box separates O(1) from O(capacity) at LeetCode's sizes; 1000 ms fails slower designs,
    // such as scanning every stored key (or a timestamp per key) to find the oldest on each eviction.
    { name: 'max size, random calls', args: max, expected: replay(max), timeoutMs: 1_000 },
    { name: 'max size, always touching the oldest key', args: churn, expected: replay(churn), timeoutMs: 1_000 },
  ],
} satisfies SolutionCases;

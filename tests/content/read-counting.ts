/**
 * Read counting for cases whose stated complexity is sub-linear (binary search): at the maximum input size an
 * O(log n) and an O(n) solution both finish in microseconds, so a time box cannot tell them apart, but the
 * number of elements they read can. The returned array behaves like the plain one (length, indexing,
 * iteration, Array.isArray) and counts every read of an element.
 */
export interface CountedArray<T> {
  array: T[];
  /** Element reads so far (by index, by iteration, or by any Array method that reads elements). */
  reads(): number;
}

const isIndex = (key: string | symbol): boolean => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key);

export function countReads<T>(values: T[]): CountedArray<T> {
  let reads = 0;
  const array = new Proxy(values, {
    get(target, key, receiver) {
      if (isIndex(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}

/** A matrix whose element reads, across all rows, are counted together. */
export function countMatrixReads(rows: number[][]): CountedArray<number[]> {
  let reads = 0;
  const counted = rows.map(
    (row) =>
      new Proxy(row, {
        get(target, key, receiver) {
          if (isIndex(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      }),
  );
  return { array: counted, reads: () => reads };
}

/** A check that fails when more than `limit` elements were read. */
export function readLimit(counter: () => CountedArray<unknown> | undefined, limit: number) {
  return (): string | undefined => {
    const reads = counter()?.reads() ?? 0;
    return reads <= limit ? undefined : `read ${reads} elements; a binary search needs at most ${limit}`;
  };
}

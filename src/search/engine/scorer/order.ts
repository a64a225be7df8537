/** Putting scored documents in order: the best first, and the k-th best score. */

/**
 * `docs` by `key` descending, ties by document number ascending. Two native typed-array sorts and
 * a binary search per document instead of `Array.prototype.sort` with a comparator, which costs
 * several times more for the 200 candidates of every broad query.
 */
export function bestFirst(docs: readonly number[], key: Float64Array): number[] {
  const count = docs.length;
  const byNumber = Int32Array.from(docs).sort();
  const ascending = new Float64Array(count);
  for (let i = 0; i < count; i++) ascending[i] = key[byNumber[i]!]!;
  ascending.sort();
  // Documents come in number order, so equal keys fill their run of places in that order.
  const filled = new Int32Array(count);
  const ordered = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const doc = byNumber[i]!;
    const value = key[doc]!;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ascending[middle]! <= value) low = middle + 1;
      else high = middle;
    }
    // `low - 1` is the last place of `value` ascending, so the first of its run descending.
    const first = count - low;
    ordered[first + filled[first]!++] = doc;
  }
  return ordered;
}

/** The value that would sit at position `k` if the first `length` of `values` were sorted ascending (Hoare's selection; reorders them). */
export function select(values: Float64Array, length: number, k: number): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return values[k]!;
  }
  return values[k]!;
}

/**
 * Binary searches over sorted arrays, shared by the index (prefixes, typo keys, publication times)
 * and autocomplete.
 * Numbers and strings have a function each, so that each stays monomorphic in its hot loops.
 */

/** First index in [low, high) whose value is not below `target`. */
export function lowerBound(values: Float64Array, target: number, low = 0, high = values.length): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index in [low, high) whose value is above `target`: how many are at most `target`. */
export function upperBound(values: Float64Array, target: number, low = 0, high = values.length): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Range [from, to) of the strings in `sorted` (UTF-16 order) that start with `prefix`. Every such
 * string sorts below prefix + U+FFFF, a noncharacter no key holds.
 */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const from = textLowerBound(sorted, prefix, 0);
  return [from, textLowerBound(sorted, prefix + '\uffff', from)];
}

function textLowerBound(sorted: readonly string[], target: string, low: number): number {
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

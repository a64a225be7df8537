/**
 * Typo tolerance through the vocabulary, not the postings: a symmetric deletion index.
 *
 * Two words are one edit apart exactly when one equals the other with a letter deleted, or both
 * give the same word with one letter deleted. So every Latin term of 4–32 letters is stored
 * under a hash of each of its one-letter deletions (and of itself); a query word looks up its
 * own hash and its deletions' hashes, and each candidate is checked with a real edit distance
 * (hashes may collide). The index is one sorted Float64Array of `hash × 2^21 + termId`: no Map
 * per entry, and it goes into the cache file as it is.
 */
import { lowerBound } from './sorted-search.ts';

export const MIN_FUZZY_LENGTH = 4;
export const MAX_FUZZY_LENGTH = 32;
const ID_SPACE = 2 ** 21;

/** FNV-1a over `text` without the character at `skip` (-1: none). */
function hashWithout(text: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    if (i === skip) continue;
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The keys of `text` (itself and each one-letter deletion) from `at`; returns where they end. */
function addKeys(text: string, id: number, keys: Float64Array, at: number): number {
  keys[at++] = hashWithout(text, -1) * ID_SPACE + id;
  for (let skip = 0; skip < text.length; skip++) keys[at++] = hashWithout(text, skip) * ID_SPACE + id;
  return at;
}

/** Keys sorted per run before the runs are merged: each native sort stays short. */
const SORT_RUN = 1 << 15;

export function* deletionIndex(terms: readonly (readonly [text: string, id: number])[]): Generator<void, Float64Array> {
  let size = 0;
  for (const [text] of terms) {
    if (text.length >= MIN_FUZZY_LENGTH - 1 && text.length <= MAX_FUZZY_LENGTH) size += text.length + 1;
  }
  const keys = new Float64Array(size);
  let at = 0;
  let done = 0;
  for (const [text, id] of terms) {
    if (text.length < MIN_FUZZY_LENGTH - 1 || text.length > MAX_FUZZY_LENGTH || id >= ID_SPACE) continue;
    at = addKeys(text, id, keys, at);
    if ((++done & 0xfff) === 0) yield;
  }
  return yield* sortedFloat64(at === size ? keys : keys.slice(0, at));
}

/** `values` sorted ascending (in place or in a new array): native sorts of runs, then merges, yielding between slices. */
export function* sortedFloat64(values: Float64Array): Generator<void, Float64Array> {
  let current: Float64Array = values;
  const length = values.length;
  for (let start = 0; start < length; start += SORT_RUN) {
    values.subarray(start, Math.min(length, start + SORT_RUN)).sort();
    yield;
  }

  let other: Float64Array = new Float64Array(length);
  for (let width = SORT_RUN; width < length; width *= 2) {
    for (let left = 0; left < length; left += 2 * width) {
      mergeRuns(current, other, left, Math.min(left + width, length), Math.min(left + 2 * width, length));
      yield;
    }
    [current, other] = [other, current];
  }
  return current;
}

function mergeRuns(from: Float64Array, to: Float64Array, left: number, middle: number, right: number): void {
  let i = left;
  let j = middle;
  let k = left;
  while (i < middle && j < right) to[k++] = from[j]! < from[i]! ? from[j++]! : from[i++]!;
  while (i < middle) to[k++] = from[i++]!;
  while (j < right) to[k++] = from[j++]!;
}

function idsUnder(keys: Float64Array, hash: number, out: Set<number>): void {
  const first = hash * ID_SPACE;
  const low = lowerBound(keys, first);
  const limit = first + ID_SPACE;
  for (let i = low; i < keys.length && keys[i]! < limit; i++) out.add(keys[i]! - first);
}

/** Whether `a` and `b` are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const gap = a.length - b.length;
  if (gap > 1 || gap < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (gap === 0) return a.slice(i + 1) === b.slice(i + 1);
  return gap > 0 ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Ids of terms one edit from `word` (the word itself excluded), as found under the deletion hashes. */
export function oneEditNeighbours(keys: Float64Array, word: string, textOf: (id: number) => string | null): number[] {
  if (word.length < MIN_FUZZY_LENGTH || word.length > MAX_FUZZY_LENGTH + 1 || keys.length === 0) return [];
  const candidates = new Set<number>();
  idsUnder(keys, hashWithout(word, -1), candidates);
  for (let skip = 0; skip < word.length; skip++) idsUnder(keys, hashWithout(word, skip), candidates);
  const found: number[] = [];
  for (const id of candidates) {
    const text = textOf(id);
    if (text !== null && text !== word && withinOneEdit(word, text)) found.push(id);
  }
  return found;
}

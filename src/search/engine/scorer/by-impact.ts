/**
 * Documents holding every term, when every term is common, without walking their postings: the
 * threshold algorithm (Fagin, Lotem and Naor, 2001) over each term's best postings (dense-terms.ts).
 * Walked a rank at a time across the terms, each document met is scored at once (its other terms'
 * impacts found by its rank in their bits); the walk stops when the want-th best score found beats
 * what any document not yet met could score, the sum of the impacts at the current rank. The total
 * comes from the terms' bits and the member's (Admission.bits) by one AND and a count.
 *
 * The result is exactly allTerms's: the same sums in the same order (rarest term first), and
 * every document tied with the last place, since a document not yet met scores strictly less.
 * A segment of changed articles (small) is walked whole first, and its matches start the best
 * found. Undefined when it does not apply (a term with several spellings in a segment, no bits)
 * or the walk runs out of kept postings first: the caller then walks the postings.
 */
import type { Alternative } from '../../query.ts';
import type { Admission } from './admission.ts';
import { bitCount } from '../bits.ts';
import { positionOf } from './dense-terms.ts';
import { bestFirst } from './order.ts';
import type { PlannedTerm, Ranked, ScoreBoard } from './score-board.ts';

export function allByImpact(board: ScoreBoard, sorted: readonly PlannedTerm[], admit: Admission, want: number): Ranked | null | undefined {
  const visible = admit.bits;
  // Each term: its spelling in the large first segment, and in a segment of changed articles at most one more.
  const alternatives = sorted.map((term) => term.alternatives.filter((alt) => alt.segment === 0));
  const perSegment = sorted.every(
    (term, i) => alternatives[i]!.length === 1 && new Set(term.alternatives.map((alt) => alt.segment)).size === term.alternatives.length,
  );
  if (visible === null || !perSegment) return undefined;
  const segment = board.segments[0]!;
  const mainAlternatives = alternatives.map((alts) => alts[0]!);
  const terms = mainAlternatives.map((alt) => board.dense.of(alt.termId));
  // The first segment's documents holding every term (the terms' bits end with its documents).
  const both = board.matchBits;
  both.set(visible);
  for (const { bits } of terms) for (let word = 0; word < both.length; word++) both[word]! &= bits[word] ?? 0;
  let total = 0;
  for (let word = 0; word < both.length; word++) total += bitCount(both[word]!);
  const foundDocs: number[] = [];
  const foundScores: number[] = [];
  for (let index = 1; index < board.segments.length; index++) addSegment(board, sorted, index, visible, foundDocs, foundScores);
  total += foundDocs.length;
  if (total === 0) return null;
  // Fewer matches than places: ranking them all is what the postings walk does anyway.
  if (total <= want) return undefined;

  const termIds = mainAlternatives.map((alt) => alt.termId);
  const weights = mainAlternatives.map((alt) => board.stepWeight(alt));
  const factor = sorted.length;
  const impacts = segment.impacts;
  // The want best scores found, as a heap whose root is the lowest of them; the other segments' first.
  const best = new Float64Array(want);
  let size = 0;
  for (const score of foundScores) {
    if (size < want) siftUp(best, size++, score);
    else if (score > best[0]!) siftDown(best, want, score);
  }
  for (let rank = 0; ; rank++) {
    let bound = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      if (rank === term.docs.length) {
        // A term's postings all met: so is every document holding every term.
        if (term.docs.length === segment.postingCount(termIds[i]!)) return ranked(foundDocs, foundScores, board.key, best, size, want, total);
        return undefined;
      }
      const impact = term.impacts[rank]!;
      bound += weights[i]! * impact;
      const doc = term.docs[rank]!;
      // A match's bit is cleared once it is scored: met again through another term, it is passed over.
      const bit = 1 << (doc & 31);
      if ((both[doc >>> 5]! & bit) === 0) continue;
      both[doc >>> 5]! &= ~bit;
      let sum = 0;
      for (let j = 0; j < terms.length; j++) sum += weights[j]! * (j === i ? impact : impacts[positionOf(terms[j]!, doc)]!);
      const score = sum * factor;
      foundDocs.push(doc);
      foundScores.push(score);
      if (size < want) siftUp(best, size++, score);
      else if (score > best[0]!) siftDown(best, want, score);
    }
    if (size === want && best[0]! > bound * factor) return ranked(foundDocs, foundScores, board.key, best, size, want, total);
  }
}

/**
 * Every visible document of segment `index` (changed articles: a small one) holding every term,
 * scored as the postings walk scores it: from the rarest term's postings there, each other term
 * found by binary search, summed in the same order.
 */
function addSegment(board: ScoreBoard, sorted: readonly PlannedTerm[], index: number, visible: Uint32Array, foundDocs: number[], foundScores: number[]): void {
  const alternatives = sorted.map((term) => term.alternatives.find((alt) => alt.segment === index));
  if (alternatives.some((alt) => alt === undefined)) return;
  const spelled = alternatives as Alternative[];
  const segment = board.segments[index]!;
  const base = board.bases[index]!;
  const weights = spelled.map((alt) => board.stepWeight(alt));
  const { docs, impacts, termStart } = segment;
  const first = spelled[0]!.termId;
  for (let p = termStart[first]!; p < termStart[first + 1]!; p++) {
    const doc = base + docs[p]!;
    if ((visible[doc >>> 5]! & (1 << (doc & 31))) === 0) continue;
    let sum = weights[0]! * impacts[p]!;
    let holdsAll = true;
    for (let j = 1; j < spelled.length && holdsAll; j++) {
      const at = segment.find(spelled[j]!.termId, docs[p]!);
      if (at < 0) holdsAll = false;
      else sum += weights[j]! * impacts[at]!;
    }
    if (!holdsAll) continue;
    foundDocs.push(doc);
    foundScores.push(sum * sorted.length);
  }
}

/** The documents found at or above the want-th best score, best first. */
function ranked(
  foundDocs: readonly number[],
  foundScores: readonly number[],
  key: Float64Array,
  best: Float64Array,
  size: number,
  want: number,
  total: number,
): Ranked {
  const floor = size === want ? best[0]! : Number.NEGATIVE_INFINITY;
  const chosen: number[] = [];
  for (let i = 0; i < foundDocs.length; i++) {
    if (foundScores[i]! < floor) continue;
    chosen.push(foundDocs[i]!);
    key[foundDocs[i]!] = foundScores[i]!;
  }
  const docs = bestFirst(chosen, key);
  return { docs, scores: docs.map((doc) => key[doc]!), total };
}

function siftUp(heap: Float64Array, at: number, value: number): void {
  let place = at;
  while (place > 0) {
    const parent = (place - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[place] = heap[parent]!;
    place = parent;
  }
  heap[place] = value;
}

/** Replaces the root (the lowest) by `value`. */
function siftDown(heap: Float64Array, size: number, value: number): void {
  let place = 0;
  for (;;) {
    let child = 2 * place + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= value) break;
    heap[place] = heap[child]!;
    place = child;
  }
  heap[place] = value;
}

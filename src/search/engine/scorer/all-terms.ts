/** Documents matching every query term (see scorer.ts): a sparse walk from the rarest term, or for common terms by impact (by-impact.ts) or a dense walk. */
import type { Admission } from './admission.ts';
import { allByImpact } from './by-impact.ts';
import { REJECTED, type PlannedTerm, type Ranked, type ScoreBoard } from './score-board.ts';

/** The dense all-terms walk is taken when the rarest term is in at least 1/DENSE_SHARE of the documents. */
const DENSE_SHARE = 8;
/** Terms the dense walk's masks hold: small integers, never a sign bit. */
const MAX_DENSE_TERMS = 30;

/** Documents matching every term, or null when there are none. */
export function allTerms(board: ScoreBoard, terms: readonly PlannedTerm[], admit: Admission, want: number): Ranked | null {
  if (terms.length === 0 || terms.some((term) => term.postings === 0)) return null;
  const sorted = [...terms].sort((a, b) => a.postings - b.postings);
  if (sorted.length <= MAX_DENSE_TERMS && sorted[0]!.postings * DENSE_SHARE >= board.acc.length) {
    const byImpact = allByImpact(board, sorted, admit, want);
    return byImpact === undefined ? allDense(board, sorted, admit, want) : byImpact;
  }
  const epoch = board.nextEpoch();
  const { acc, stamp, count, candidates } = board;
  let length = 0;
  for (const alt of sorted[0]!.alternatives) {
    const { docs, impacts, base, weight, start, end } = board.postingsOf(alt);
    for (let p = start; p < end; p++) {
      const doc = base + docs[p]!;
      if (stamp[doc] !== epoch) {
        stamp[doc] = epoch;
        if (!admit.admits(doc)) {
          count[doc] = REJECTED;
          continue;
        }
        count[doc] = 1;
        acc[doc] = weight * impacts[p]!;
        candidates[length++] = doc;
      } else if (count[doc] === 1) acc[doc]! += weight * impacts[p]!;
    }
  }
  for (let step = 1; step < sorted.length && length > 0; step++) {
    const next = step + 1;
    add(board, sorted[step]!, candidates, length, step, next);
    let kept = 0;
    for (let i = 0; i < length; i++) {
      const doc = candidates[i]!;
      if (count[doc] === next) candidates[kept++] = doc;
    }
    length = kept;
  }
  if (length === 0) return null;
  return board.top(candidates, length, [], want, sorted.length);
}

/**
 * `allTerms` when even the rarest term is in a good share of the documents: every posting of every
 * term is walked anyway, so each just adds its score and sets its term's bit, with no test per
 * posting but one: a document is a candidate the moment its last bit is set, which can only
 * happen in the last term's walk. Terms are added in the same order as the sparse walk adds
 * them, so the scores are the same to the last bit.
 */
function allDense(board: ScoreBoard, sorted: readonly PlannedTerm[], admit: Admission, want: number): Ranked | null {
  const { acc, termBits, candidates } = board;
  acc.fill(0);
  termBits.fill(0);
  const every = (1 << sorted.length) - 1;
  let length = 0;
  sorted.forEach((term, index) => {
    const bit = 1 << index;
    for (const alt of term.alternatives) {
      const { docs, impacts, base, weight, start, end } = board.postingsOf(alt);
      for (let p = start; p < end; p++) {
        const doc = base + docs[p]!;
        acc[doc]! += weight * impacts[p]!;
        const had = termBits[doc]!;
        termBits[doc] = had | bit;
        // Another alternative of the last term may meet the document again: it is a candidate once.
        if ((had | bit) === every && had !== every && admit.admits(doc)) candidates[length++] = doc;
      }
    }
  });
  return length === 0 ? null : board.top(candidates, length, [], want, sorted.length);
}

/** Adds `term` to candidates at level `from` (moving them to `to`), walking or probing. */
function add(board: ScoreBoard, term: PlannedTerm, candidates: Int32Array, length: number, from: number, to: number): void {
  const { acc, stamp, count, epoch } = board;
  if (board.probeIsCheaper(term, length)) {
    for (let i = 0; i < length; i++) {
      const doc = candidates[i]!;
      for (const alt of term.alternatives) {
        const at = board.locate(alt, doc);
        if (at < 0) continue;
        if (count[doc] === from) count[doc] = to;
        acc[doc]! += board.scoreAt(alt, at);
      }
    }
    return;
  }
  for (const alt of term.alternatives) {
    const { docs, impacts, base, weight, start, end } = board.postingsOf(alt);
    for (let p = start; p < end; p++) {
      const doc = base + docs[p]!;
      if (stamp[doc] !== epoch) continue;
      const level = count[doc];
      if (level === from) {
        count[doc] = to;
        acc[doc]! += weight * impacts[p]!;
      } else if (level === to) acc[doc]! += weight * impacts[p]!;
    }
  }
}

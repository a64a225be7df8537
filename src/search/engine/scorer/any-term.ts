/** Documents matching any query term (see scorer.ts), with max-score pruning. */
import type { Admission } from './admission.ts';
import { PRUNED, REJECTED, type PlannedTerm, type Ranked, type ScoreBoard } from './score-board.ts';

/**
 * Documents matching any term. Candidates come from the rarest terms until about
 * `candidateBudget` postings are taken (at least one term); the rest only score them.
 */
export function anyTerm(board: ScoreBoard, terms: readonly PlannedTerm[], admit: Admission, want: number, candidateBudget: number): Ranked {
  const usable = terms.filter((term) => term.postings > 0).sort((a, b) => a.postings - b.postings);
  if (usable.length === 0) return { docs: [], scores: [], total: 0 };
  let sources = 1;
  let taken = usable[0]!.postings;
  while (sources < usable.length && taken + usable[sources]!.postings <= candidateBudget) taken += usable[sources++]!.postings;
  const epoch = board.nextEpoch();
  const { acc, stamp, count, last } = board;
  const candidates: number[] = [];
  for (let index = 0; index < sources; index++) {
    for (const alt of usable[index]!.alternatives) {
      const { docs, impacts, base, weight, start, end } = board.postingsOf(alt);
      for (let p = start; p < end; p++) {
        const doc = base + docs[p]!;
        if (stamp[doc] !== epoch) {
          stamp[doc] = epoch;
          if (!admit.admits(doc)) {
            last[doc] = REJECTED;
            continue;
          }
          acc[doc] = weight * impacts[p]!;
          count[doc] = 1;
          last[doc] = index;
          candidates.push(doc);
        } else {
          const seen = last[doc]!;
          if (seen >= PRUNED) continue;
          if (seen !== index) {
            count[doc]!++;
            last[doc] = index;
          }
          acc[doc]! += weight * impacts[p]!;
        }
      }
    }
  }
  const rest = usable.slice(sources).sort((a, b) => b.upper - a.upper);
  let restUpper = rest.reduce((sum, term) => sum + term.upper, 0);
  let alive = candidates;
  const pruned: number[] = [];
  rest.forEach((term, offset) => {
    const index = sources + offset;
    const restCount = rest.length - offset;
    if (alive.length > want) {
      const floor = board.kthScore(alive, want);
      const kept: number[] = [];
      for (const doc of alive) {
        if ((acc[doc]! + restUpper) * (count[doc]! + restCount) >= floor) kept.push(doc);
        else {
          last[doc] = PRUNED;
          pruned.push(doc);
        }
      }
      alive = kept;
    }
    addAny(board, term, alive, index);
    restUpper -= term.upper;
  });
  const ranked = board.top(alive, alive.length, pruned, want, 0);
  ranked.total = candidates.length;
  return ranked;
}

/** Adds query term number `index` to the scores of live candidates. */
function addAny(board: ScoreBoard, term: PlannedTerm, alive: readonly number[], index: number): void {
  const { acc, stamp, count, last, epoch } = board;
  const hit = (doc: number, score: number): void => {
    if (last[doc] !== index) {
      count[doc]!++;
      last[doc] = index;
    }
    acc[doc]! += score;
  };
  if (board.probeIsCheaper(term, alive.length)) {
    for (const doc of alive) {
      for (const alt of term.alternatives) {
        const at = board.locate(alt, doc);
        if (at >= 0) hit(doc, board.scoreAt(alt, at));
      }
    }
    return;
  }
  for (const alt of term.alternatives) {
    const { docs, impacts, base, weight, start, end } = board.postingsOf(alt);
    for (let p = start; p < end; p++) {
      const doc = base + docs[p]!;
      if (stamp[doc] !== epoch || last[doc]! >= PRUNED) continue;
      hit(doc, weight * impacts[p]!);
    }
  }
}

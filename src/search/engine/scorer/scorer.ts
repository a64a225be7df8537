/**
 * Query evaluation over segments, term at a time, into arrays allocated once per index: a score
 * per document, the query it was last touched by, and how many query terms it matched
 * (score-board.ts). Nothing is allocated per posting, and the sparse walks clear nothing between
 * queries (an epoch stamp says which entries are current); the dense walk, which touches most
 * documents anyway, clears its two arrays first.
 *
 * - All terms required: start from the rarest term's documents, then keep those the next rarest
 *   term has too; each term either walks its postings or, when few candidates are left, looks
 *   each candidate up by binary search, whichever is cheaper. When even the rarest term is in a
 *   good share of the documents, the terms' best postings are walked by impact until the best
 *   are known (by-impact.ts), or, where that does not apply, every posting is walked with no test
 *   at all (allDense).
 * - Any term: candidates come from the rarest few terms only (a pasted sentence is mostly
 *   words found everywhere), the other terms only add to candidates' scores, largest possible
 *   contribution first; before each, candidates that cannot reach the current top k even with
 *   every remaining term are dropped (max-score pruning), so common terms stop early.
 */
import type { Alternative } from '../../query.ts';
import type { Segment } from '../segment.ts';
import type { Admission } from './admission.ts';
import { allTerms } from './all-terms.ts';
import { anyTerm } from './any-term.ts';
import { ScoreBoard, type PlannedTerm, type Ranked } from './score-board.ts';

export type { PlannedTerm, Ranked };

export class Scorer {
  private readonly board: ScoreBoard;

  /** `orderLength`: how many of a common term's best postings the impact-ordered walk keeps (dense-terms.ts). */
  constructor(segments: readonly Segment[], bases: readonly number[], docCount: number, orderLength?: number) {
    this.board = new ScoreBoard(segments, bases, docCount, orderLength);
  }

  plan(alternatives: Alternative[]): PlannedTerm {
    let postings = 0;
    let upper = 0;
    for (const alt of alternatives) {
      const segment = this.board.segments[alt.segment]!;
      postings += segment.postingCount(alt.termId);
      upper += alt.weight * segment.maxImpact[alt.termId]!;
    }
    return { alternatives, postings, upper };
  }

  /** Documents matching every term, or null when there are none. */
  all(terms: readonly PlannedTerm[], admit: Admission, want: number): Ranked | null {
    return allTerms(this.board, terms, admit, want);
  }

  /**
   * Documents matching any term. Candidates come from the rarest terms until about
   * `candidateBudget` postings are taken (at least one term); the rest only score them.
   */
  any(terms: readonly PlannedTerm[], admit: Admission, want: number, candidateBudget: number): Ranked {
    return anyTerm(this.board, terms, admit, want, candidateBudget);
  }
}

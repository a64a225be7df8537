/**
 * The arrays a query is scored into, allocated once per index (a score per document, the query
 * that last touched it, how many query terms it matched, …), and what every walk needs beside
 * them: where a term's postings are, what a posting adds, and the ranking of the candidates.
 */
import type { Alternative } from '../../query.ts';
import type { Segment } from '../segment.ts';
import { DenseTerms, orderLengthFor } from './dense-terms.ts';
import { bestFirst, select } from './order.ts';

/** A query term with what it may match: the union of its alternatives' postings. */
export interface PlannedTerm {
  alternatives: Alternative[];
  /** Postings over all alternatives (an upper bound of its documents). */
  postings: number;
  /** Largest score it can add to one document. */
  upper: number;
}

export interface Ranked {
  /** The best documents, best first, at least `want` of them when there are that many. */
  docs: number[];
  scores: number[];
  /** Every matching document the caller may see. */
  total: number;
}

/** Where one alternative's postings are, and what each of its stored impact steps is worth. */
export interface PostingRun {
  docs: Int32Array;
  impacts: Uint16Array;
  /** Added to a posting's document to make it global. */
  base: number;
  weight: number;
  start: number;
  end: number;
}

/** A document the member may not see: never a candidate. */
export const REJECTED = 255;
/** A candidate dropped by max-score pruning: later terms do not score it. */
export const PRUNED = 254;

export class ScoreBoard {
  readonly acc: Float64Array;
  readonly stamp: Int32Array;
  readonly count: Uint8Array;
  readonly last: Uint8Array;
  /** Per document, a bit for each query term it has (the dense all-terms walk). */
  readonly termBits: Int32Array;
  /** Candidates of an all-terms match, compacted in place as each term narrows them. */
  readonly candidates: Int32Array;
  /** Each document's final score while one query ranks its candidates. */
  readonly key: Float64Array;
  /** Scores of the candidates, reordered by selection. */
  readonly scratch: Float64Array;
  /** Bits of the documents holding every term of an impact-ordered walk. */
  readonly matchBits: Uint32Array;
  /** The first segment's common terms as the impact-ordered walk reads them. */
  readonly dense: DenseTerms;
  private currentEpoch = 0;

  constructor(
    readonly segments: readonly Segment[],
    readonly bases: readonly number[],
    docCount: number,
    orderLength?: number,
  ) {
    this.acc = new Float64Array(docCount);
    this.stamp = new Int32Array(docCount);
    this.count = new Uint8Array(docCount);
    this.last = new Uint8Array(docCount);
    this.termBits = new Int32Array(docCount);
    this.candidates = new Int32Array(docCount);
    this.key = new Float64Array(docCount);
    this.scratch = new Float64Array(docCount);
    this.matchBits = new Uint32Array((docCount + 31) >>> 5);
    // An index always has a first segment; a scorer over none (tests of its parts) never walks by impact.
    this.dense = new DenseTerms(segments[0]!, orderLength ?? orderLengthFor(docCount));
  }

  /** The stamp of the query being scored: `stamp[doc] === epoch` says a document's entries are current. */
  get epoch(): number {
    return this.currentEpoch;
  }

  nextEpoch(): number {
    if (this.currentEpoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.currentEpoch = 0;
    }
    return ++this.currentEpoch;
  }

  /** The run of `alt`'s postings every walk loops over (one object per alternative, none per posting). */
  postingsOf(alt: Alternative): PostingRun {
    const segment = this.segments[alt.segment]!;
    return {
      docs: segment.docs,
      impacts: segment.impacts,
      base: this.bases[alt.segment]!,
      weight: this.stepWeight(alt),
      start: segment.termStart[alt.termId]!,
      end: segment.termStart[alt.termId + 1]!,
    };
  }

  probeIsCheaper(term: PlannedTerm, candidates: number): boolean {
    return candidates * term.alternatives.length * 2 * Math.log2(term.postings + 2) < term.postings;
  }

  /** What one stored impact step of `alt`'s postings adds to a score (its weight in the query times its term's step). */
  stepWeight(alt: Alternative): number {
    return alt.weight * this.segments[alt.segment]!.stepOf(alt.termId);
  }

  /** The score `alt`'s posting number `at` adds. */
  scoreAt(alt: Alternative, at: number): number {
    return this.stepWeight(alt) * this.segments[alt.segment]!.impacts[at]!;
  }

  /** Position of global document `doc` in `alt`'s postings, or -1. */
  locate(alt: Alternative, doc: number): number {
    const segment = this.segments[alt.segment]!;
    const local = doc - this.bases[alt.segment]!;
    if (local < 0 || local >= segment.docCount) return -1;
    return segment.find(alt.termId, local);
  }

  score(doc: number, factor: number): number {
    return this.acc[doc]! * (factor || this.count[doc]!);
  }

  /** The k-th largest current score among `docs` (k ≤ docs.length). */
  kthScore(docs: readonly number[], k: number): number {
    const scores = this.scratch;
    for (let i = 0; i < docs.length; i++) scores[i] = this.score(docs[i]!, 0);
    return select(scores, docs.length, docs.length - k);
  }

  /**
   * The best `want` (or more, on ties) of the first `length` of `docs` sorted, then `pruned` by
   * their partial score if still short. Scores are computed once into `key`, so sorting compares
   * plain numbers.
   */
  top(docs: ArrayLike<number>, length: number, pruned: readonly number[], want: number, factor: number): Ranked {
    const { key, scratch } = this;
    for (let i = 0; i < length; i++) {
      const doc = docs[i]!;
      scratch[i] = key[doc] = this.score(doc, factor);
    }
    const chosen: number[] = [];
    if (length > want) {
      const floor = select(scratch, length, length - want);
      for (let i = 0; i < length; i++) if (key[docs[i]!]! >= floor) chosen.push(docs[i]!);
    } else for (let i = 0; i < length; i++) chosen.push(docs[i]!);
    const ordered = bestFirst(chosen, key);
    if (ordered.length < want && pruned.length > 0) {
      for (const doc of pruned) key[doc] = this.score(doc, factor);
      ordered.push(...bestFirst(pruned, key).slice(0, want - ordered.length));
    }
    return { docs: ordered, scores: ordered.map((doc) => key[doc]!), total: length + pruned.length };
  }
}

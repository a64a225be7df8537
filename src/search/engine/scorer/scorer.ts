/**
 * Query evaluation over segments, term at a time, into arrays allocated once per index: a score
 * per document, the query it was last touched by, and how many query terms it matched. Nothing
 * is allocated per posting, and nothing is cleared between queries (an epoch stamp says which
 * entries are current).
 *
 * - All terms required: start from the rarest term's documents, then keep those the next rarest
 *   term has too; each term either walks its postings or, when few candidates are left, looks
 *   each candidate up by binary search, whichever is cheaper. When even the rarest term is in a
 *   good share of the documents, every posting is walked with no test at all (allDense).
 * - Any term: candidates come from the rarest few terms only (a pasted sentence is mostly
 *   words found everywhere), the other terms only add to candidates' scores, largest possible
 *   contribution first; before each, candidates that cannot reach the current top k even with
 *   every remaining term are dropped (max-score pruning), so common terms stop early.
 */
import type { Alternative } from '../../query.ts';
import type { Segment } from '../segment.ts';
import type { Admission } from './admission.ts';
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

const REJECTED = 255;
/** The dense all-terms walk is taken when the rarest term is in at least 1/DENSE_SHARE of the documents. */
const DENSE_SHARE = 8;
/** Terms the dense walk's masks hold: small integers, never a sign bit. */
const MAX_DENSE_TERMS = 30;
const PRUNED = 254;

export class Scorer {
  private readonly acc: Float64Array;
  private readonly stamp: Int32Array;
  private readonly count: Uint8Array;
  private readonly last: Uint8Array;
  /** Per document, a bit for each query term it has (the dense all-terms walk). */
  private readonly termBits: Int32Array;
  /** Candidates of an all-terms match, compacted in place as each term narrows them. */
  private readonly candidates: Int32Array;
  /** Each document's final score while one query ranks its candidates. */
  private readonly key: Float64Array;
  /** Scores of the candidates, reordered by selection. */
  private readonly scratch: Float64Array;
  private epoch = 0;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly bases: readonly number[],
    docCount: number,
  ) {
    this.acc = new Float64Array(docCount);
    this.stamp = new Int32Array(docCount);
    this.count = new Uint8Array(docCount);
    this.last = new Uint8Array(docCount);
    this.termBits = new Int32Array(docCount);
    this.candidates = new Int32Array(docCount);
    this.key = new Float64Array(docCount);
    this.scratch = new Float64Array(docCount);
  }

  plan(alternatives: Alternative[]): PlannedTerm {
    let postings = 0;
    let upper = 0;
    for (const alt of alternatives) {
      const segment = this.segments[alt.segment]!;
      postings += segment.postingCount(alt.termId);
      upper += alt.weight * segment.maxImpact[alt.termId]!;
    }
    return { alternatives, postings, upper };
  }

  private nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  /** Documents matching every term, or null when there are none. */
  all(terms: readonly PlannedTerm[], admit: Admission, want: number): Ranked | null {
    if (terms.length === 0 || terms.some((term) => term.postings === 0)) return null;
    const sorted = [...terms].sort((a, b) => a.postings - b.postings);
    if (sorted.length <= MAX_DENSE_TERMS && sorted[0]!.postings * DENSE_SHARE >= this.acc.length) return this.allDense(sorted, admit, want);
    const epoch = this.nextEpoch();
    const { acc, stamp, count, candidates } = this;
    let length = 0;
    for (const alt of sorted[0]!.alternatives) {
      const segment = this.segments[alt.segment]!;
      const base = this.bases[alt.segment]!;
      const { docs, impacts } = segment;
      const weight = this.stepWeight(alt);
      for (let p = segment.termStart[alt.termId]!, end = segment.termStart[alt.termId + 1]!; p < end; p++) {
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
      this.add(sorted[step]!, candidates, length, step, next);
      let kept = 0;
      for (let i = 0; i < length; i++) {
        const doc = candidates[i]!;
        if (count[doc] === next) candidates[kept++] = doc;
      }
      length = kept;
    }
    if (length === 0) return null;
    return this.top(candidates, length, [], want, sorted.length);
  }

  /**
   * `all` when even the rarest term is in a good share of the documents: every posting of every
   * term is walked anyway, so each just adds its score and sets its term's bit, with no test per
   * posting but one: a document is a candidate the moment its last bit is set, which can only
   * happen in the last term's walk. Terms are added in the same order as the sparse walk adds
   * them, so the scores are the same to the last bit.
   */
  private allDense(sorted: readonly PlannedTerm[], admit: Admission, want: number): Ranked | null {
    const { acc, termBits, candidates } = this;
    acc.fill(0);
    termBits.fill(0);
    const every = (1 << sorted.length) - 1;
    let length = 0;
    sorted.forEach((term, index) => {
      const bit = 1 << index;
      for (const alt of term.alternatives) {
        const segment = this.segments[alt.segment]!;
        const base = this.bases[alt.segment]!;
        const { docs, impacts } = segment;
        const weight = this.stepWeight(alt);
        for (let p = segment.termStart[alt.termId]!, end = segment.termStart[alt.termId + 1]!; p < end; p++) {
          const doc = base + docs[p]!;
          acc[doc]! += weight * impacts[p]!;
          const had = termBits[doc]!;
          termBits[doc] = had | bit;
          // Another alternative of the last term may meet the document again: it is a candidate once.
          if ((had | bit) === every && had !== every && admit.admits(doc)) candidates[length++] = doc;
        }
      }
    });
    return length === 0 ? null : this.top(candidates, length, [], want, sorted.length);
  }

  /**
   * Documents matching any term. Candidates come from the rarest terms until about
   * `candidateBudget` postings are taken (at least one term); the rest only score them.
   */
  any(terms: readonly PlannedTerm[], admit: Admission, want: number, candidateBudget: number): Ranked {
    const usable = terms.filter((term) => term.postings > 0).sort((a, b) => a.postings - b.postings);
    if (usable.length === 0) return { docs: [], scores: [], total: 0 };
    let sources = 1;
    let taken = usable[0]!.postings;
    while (sources < usable.length && taken + usable[sources]!.postings <= candidateBudget) taken += usable[sources++]!.postings;
    const epoch = this.nextEpoch();
    const { acc, stamp, count, last } = this;
    const candidates: number[] = [];
    for (let index = 0; index < sources; index++) {
      for (const alt of usable[index]!.alternatives) {
        const segment = this.segments[alt.segment]!;
        const base = this.bases[alt.segment]!;
        const { docs, impacts } = segment;
        const weight = this.stepWeight(alt);
        for (let p = segment.termStart[alt.termId]!, end = segment.termStart[alt.termId + 1]!; p < end; p++) {
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
        const floor = this.kthScore(alive, want);
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
      this.addAny(term, alive, index);
      restUpper -= term.upper;
    });
    const ranked = this.top(alive, alive.length, pruned, want, 0);
    ranked.total = candidates.length;
    return ranked;
  }

  /** Adds `term` to candidates at level `from` (moving them to `to`), walking or probing. */
  private add(term: PlannedTerm, candidates: Int32Array, length: number, from: number, to: number): void {
    const { acc, stamp, count, epoch } = this;
    if (this.probeIsCheaper(term, length)) {
      for (let i = 0; i < length; i++) {
        const doc = candidates[i]!;
        for (const alt of term.alternatives) {
          const at = this.locate(alt, doc);
          if (at < 0) continue;
          if (count[doc] === from) count[doc] = to;
          acc[doc]! += this.scoreAt(alt, at);
        }
      }
      return;
    }
    for (const alt of term.alternatives) {
      const segment = this.segments[alt.segment]!;
      const base = this.bases[alt.segment]!;
      const { docs, impacts } = segment;
      const weight = this.stepWeight(alt);
      for (let p = segment.termStart[alt.termId]!, end = segment.termStart[alt.termId + 1]!; p < end; p++) {
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

  /** Adds query term number `index` to the scores of live candidates. */
  private addAny(term: PlannedTerm, alive: readonly number[], index: number): void {
    const { acc, stamp, count, last, epoch } = this;
    const hit = (doc: number, score: number): void => {
      if (last[doc] !== index) {
        count[doc]!++;
        last[doc] = index;
      }
      acc[doc]! += score;
    };
    if (this.probeIsCheaper(term, alive.length)) {
      for (const doc of alive) {
        for (const alt of term.alternatives) {
          const at = this.locate(alt, doc);
          if (at >= 0) hit(doc, this.scoreAt(alt, at));
        }
      }
      return;
    }
    for (const alt of term.alternatives) {
      const segment = this.segments[alt.segment]!;
      const base = this.bases[alt.segment]!;
      const { docs, impacts } = segment;
      const weight = this.stepWeight(alt);
      for (let p = segment.termStart[alt.termId]!, end = segment.termStart[alt.termId + 1]!; p < end; p++) {
        const doc = base + docs[p]!;
        if (stamp[doc] !== epoch || last[doc]! >= PRUNED) continue;
        hit(doc, weight * impacts[p]!);
      }
    }
  }

  private probeIsCheaper(term: PlannedTerm, candidates: number): boolean {
    return candidates * term.alternatives.length * 2 * Math.log2(term.postings + 2) < term.postings;
  }

  /** What one stored impact step of `alt`'s postings adds to a score (its weight in the query times its term's step). */
  private stepWeight(alt: Alternative): number {
    return alt.weight * this.segments[alt.segment]!.stepOf(alt.termId);
  }

  /** The score `alt`'s posting number `at` adds. */
  private scoreAt(alt: Alternative, at: number): number {
    return this.stepWeight(alt) * this.segments[alt.segment]!.impacts[at]!;
  }

  /** Position of global document `doc` in `alt`'s postings, or -1. */
  private locate(alt: Alternative, doc: number): number {
    const segment = this.segments[alt.segment]!;
    const local = doc - this.bases[alt.segment]!;
    if (local < 0 || local >= segment.docCount) return -1;
    return segment.find(alt.termId, local);
  }

  private score(doc: number, factor: number): number {
    return this.acc[doc]! * (factor || this.count[doc]!);
  }

  /** The k-th largest current score among `docs` (k ≤ docs.length). */
  private kthScore(docs: readonly number[], k: number): number {
    const scores = this.scratch;
    for (let i = 0; i < docs.length; i++) scores[i] = this.score(docs[i]!, 0);
    return select(scores, docs.length, docs.length - k);
  }

  /**
   * The best `want` (or more, on ties) of the first `length` of `docs` sorted, then `pruned` by
   * their partial score if still short. Scores are computed once into `key`, so sorting compares
   * plain numbers.
   */
  private top(docs: ArrayLike<number>, length: number, pruned: readonly number[], want: number, factor: number): Ranked {
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

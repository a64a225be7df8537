/**
 * Builds a Segment: postings collected one article at a time (posting-collector.ts), then
 * inverted with a counting sort and scored (BM25+ with field boosts, inversion.ts) a slice at a time.
 */
import type { Term } from '../terms.ts';
import { sortSteps } from './gradual.ts';
import { countPostings, inverseFrequencies, invertTerms, orderPostings, type Inverted, type Postings } from './inversion.ts';
import { PostingCollector, SLICE, TERM_SLICE } from './posting-collector.ts';
import { FIELD_COUNT, isLatinTerm, Segment, STRING_SEPARATOR, type CorpusStats } from './segment.ts';
import { deletionIndex } from './typos.ts';

export type { CollectedPostings } from './posting-collector.ts';

/** Array elements first written between two yields. */
const TOUCH_SLICE = 1 << 17;

/** Bigram terms into `bigramOf`, string terms (-1 there) into `strings`, Latin ones also into `latin`. */
function sortTerms(terms: readonly Term[], from: number, to: number, bigramOf: Int32Array, strings: string[], latin: number[]): void {
  for (let id = from; id < to; id++) {
    const term = terms[id]!;
    if (typeof term === 'number') bigramOf[id] = term;
    else {
      bigramOf[id] = -1;
      strings.push(term);
      if (isLatinTerm(term)) latin.push(id);
    }
  }
}

function sumFieldLengths(fieldLengths: Int32Array, docCount: number, sums: Float64Array): void {
  for (let i = 0; i < docCount * FIELD_COUNT; i++) sums[i % FIELD_COUNT]! += fieldLengths[i]!;
}

function runningSums(values: Int32Array): void {
  for (let i = 1; i < values.length; i++) values[i]! += values[i - 1]!;
}

/** Collects an article's postings as it is added (PostingCollector), then builds the segment. */
export class SegmentBuilder extends PostingCollector {
  /**
   * The segment, as steps: it yields between slices of work so that a caller can let the event
   * loop run (see gradual.ts). `outside` adds another segment's counts to the statistics (a small
   * segment of changed articles is scored against the whole corpus, not against itself).
   */
  *build(outside: CorpusStats | null = null): Generator<void, Segment> {
    const termCount = this.terms.length;
    const total = this.postingTotal;
    const docCount = this.docCount;
    const { termChunks, slotChunks, countChunks } = this;
    const fieldDf = new Int32Array(termCount * FIELD_COUNT);
    const starts = new Int32Array(termCount + 1);
    const fieldLengthSums = new Float64Array(FIELD_COUNT);
    sumFieldLengths(this.fieldLengths, docCount, fieldLengthSums);
    // The loops live in plain functions: V8 optimises those better than loops inside a generator.
    for (let chunk = 0; chunk < termChunks.length; chunk++) {
      for (let i = 0, end = this.chunkLength(chunk); i < end; i += SLICE) {
        countPostings(termChunks[chunk]!, slotChunks[chunk]!, i, Math.min(end, i + SLICE), fieldDf, starts);
        yield;
      }
    }
    runningSums(starts);
    // Sorted copies rather than a permutation: the next pass then reads them in order, not all over memory.
    const sortedSlot = new Int32Array(total);
    const sortedCount = new Int32Array(total);
    // Fresh memory costs a page fault per page on first write; the pass below writes all over
    // both arrays at once, so at 100,000 articles its first step paid ~100 ms of faults. Touched
    // here in slices instead.
    for (let at = 0; at < total; at += TOUCH_SLICE) {
      sortedSlot.fill(0, at, at + TOUCH_SLICE);
      sortedCount.fill(0, at, at + TOUCH_SLICE);
      yield;
    }
    const next = starts.slice(0, termCount);
    for (let chunk = 0; chunk < termChunks.length; chunk++) {
      for (let i = 0, end = this.chunkLength(chunk); i < end; i += SLICE) {
        orderPostings(termChunks[chunk]!, slotChunks[chunk]!, countChunks[chunk]!, i, Math.min(end, i + SLICE), next, sortedSlot, sortedCount);
        yield;
      }
    }

    const allDocs = docCount + (outside?.docCount ?? 0);
    const averages = new Float64Array(FIELD_COUNT);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const sum = fieldLengthSums[field]! + (outside?.fieldLengthSums[field] ?? 0);
      averages[field] = allDocs === 0 ? 1 : Math.max(sum / allDocs, 1e-9);
    }
    const idf = new Float64Array(termCount * FIELD_COUNT);
    for (let id = 0; id < termCount; id += TERM_SLICE) {
      inverseFrequencies(this.terms, fieldDf, outside, allDocs, idf, id, Math.min(termCount, id + TERM_SLICE));
      yield;
    }
    const inverted: Inverted = {
      termStart: new Int32Array(termCount + 1),
      // Exactly sized: trimming afterwards copied two arrays of tens of millions at once.
      docs: new Int32Array(this.pairs),
      impacts: new Uint16Array(this.pairs),
      maxImpact: new Float32Array(termCount),
      scratch: new Float64Array(Math.max(1, docCount)),
      written: 0,
    };
    const source: Postings = { starts, slot: sortedSlot, count: sortedCount, fieldLengths: this.fieldLengths, idf, averages };
    for (let id = 0; id < termCount;) {
      id = invertTerms(source, id, termCount, inverted, inverted.written + SLICE);
      yield;
    }
    const { termStart, docs, impacts, maxImpact, written } = inverted;
    termStart[termCount] = written;

    const bigramOf = new Int32Array(termCount);
    const strings: string[] = [];
    const latin: number[] = [];
    for (let id = 0; id < termCount; id += TERM_SLICE) {
      sortTerms(this.terms, id, Math.min(termCount, id + TERM_SLICE), bigramOf, strings, latin);
      yield;
    }
    const terms = this.terms;
    const sortedLatin = yield* sortSteps(latin, (a, b) => {
      const x = terms[a] as string;
      const y = terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const latinOrder = Int32Array.from(sortedLatin);
    const deletions = yield* deletionIndex(sortedLatin.map((id) => [terms[id] as string, id] as const));
    return yield* Segment.restore({
      docCount,
      bigramOf,
      strings: strings.join(STRING_SEPARATOR),
      termStart,
      docs,
      impacts,
      maxImpact,
      fieldDf,
      fieldLengthSums,
      latinOrder,
      deletions,
    });
  }
}

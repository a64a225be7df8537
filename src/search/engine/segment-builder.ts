/**
 * Builds a Segment: postings collected one article at a time into flat typed arrays (an
 * article's terms are counted as they stream in), then inverted with a counting sort and scored
 * (BM25+ with field boosts, inversion.ts) a slice at a time.
 */
import type { Term } from '../terms.ts';
import { sortSteps } from './gradual.ts';
import { IntIds } from './int-ids.ts';
import { countPostings, inverseFrequencies, invertTerms, orderPostings, type Inverted, type Postings } from './inversion.ts';
import { FIELD_COUNT, isLatinTerm, Segment, STRING_SEPARATOR, type CorpusStats, type FieldTerms } from './segment.ts';
import { deletionIndex } from './typos.ts';

/** Postings handled between two yields of a build (runGradually groups steps into slices of a few ms). */
const SLICE = 1 << 15;
/** Array elements first written between two yields. */
const TOUCH_SLICE = 1 << 17;
/** Terms handled between two yields of the per-term passes. */
const TERM_SLICE = 1 << 14;
/**
 * Postings per chunk of the collected arrays. Fixed-size chunks instead of one array doubled as it
 * fills: copying three arrays of tens of millions of postings at once held the event loop for a
 * second at 100,000 articles.
 */
const CHUNK = 1 << 17;

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

function grown<T extends Int32Array<ArrayBuffer>>(array: T, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * Collects postings one article at a time into flat typed arrays (an article's term list is
 * garbage as soon as it is counted), then inverts them with a counting sort.
 */
export class SegmentBuilder {
  private readonly stringIds = new Map<string, number>();
  private readonly bigramIds = new IntIds();
  private readonly newTermId = (): number => this.registerTerm();
  private pendingTerm: Term = '';
  private readonly terms: Term[] = [];
  private fieldLengths: Int32Array<ArrayBuffer> = new Int32Array(1 << 12);
  private docCount = 0;
  /** Occurrences of each term id in the field being added; zero between fields. */
  private fieldCounts: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private readonly touched: number[] = [];
  /** Chunks of CHUNK postings; the last one is being filled. */
  private readonly termChunks: Int32Array[] = [];
  /** docId × FIELD_COUNT + field. */
  private readonly slotChunks: Int32Array[] = [];
  private readonly countChunks: Int32Array[] = [];
  private postingTerm = new Int32Array(0);
  private postingSlot = new Int32Array(0);
  private postingCount = new Int32Array(0);
  /** 1 + the last document each term id had a posting in: counts (term, document) pairs, the size of the inverted arrays. */
  private docOfTerm: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private pairs = 0;
  /** Postings in the chunk being filled. */
  private filled = 0;
  private postingTotal = 0;

  get size(): number {
    return this.docCount;
  }

  /** Adds the next article; its document id is the number of articles added before it. */
  add(fields: FieldTerms): void {
    this.startDocument();
    for (let field = 0; field < FIELD_COUNT; field++) {
      for (const term of fields[field]!) this.addTerm(term);
      this.endField(field);
    }
  }

  /** Starts the next article; then its terms field by field, each field closed by `endField`, in FIELDS order. */
  startDocument(): void {
    this.docCount++;
    if (this.docCount * FIELD_COUNT > this.fieldLengths.length) this.fieldLengths = grown(this.fieldLengths, this.fieldLengths.length * 2);
    this.touched.length = 0;
  }

  /** One occurrence of `term` in the field being added (a property, so it can be handed over as a callback). */
  readonly addTerm = (term: Term): void => {
    const termId = this.termIdOf(term);
    if (this.fieldCounts[termId]!++ === 0) this.touched.push(termId);
  };

  endField(field: number): void {
    const docId = this.docCount - 1;
    const touched = this.touched;
    // Field length is the number of distinct terms, as MiniSearch counted it.
    this.fieldLengths[docId * FIELD_COUNT + field] = touched.length;
    for (const termId of touched) {
      if (this.docOfTerm[termId] !== docId + 1) {
        this.docOfTerm[termId] = docId + 1;
        this.pairs++;
      }
      this.addPosting(termId, docId * FIELD_COUNT + field, this.fieldCounts[termId]!);
      this.fieldCounts[termId] = 0;
    }
    touched.length = 0;
  }

  private termIdOf(term: Term): number {
    this.pendingTerm = term;
    if (typeof term === 'number') return this.bigramIds.idOf(term, this.newTermId);
    const known = this.stringIds.get(term);
    if (known !== undefined) return known;
    const termId = this.registerTerm();
    this.stringIds.set(term, termId);
    return termId;
  }

  /** Gives `pendingTerm` the next id (a callback so IntIds allocates no closure per token). */
  private registerTerm(): number {
    const termId = this.terms.length;
    this.terms.push(this.pendingTerm);
    if (termId === this.fieldCounts.length) {
      this.fieldCounts = grown(this.fieldCounts, termId * 2);
      this.docOfTerm = grown(this.docOfTerm, termId * 2);
    }
    return termId;
  }

  private addPosting(termId: number, slot: number, count: number): void {
    if (this.filled === this.postingTerm.length) {
      // Small first chunks keep a tiny segment (a few changed articles) small.
      const size = Math.min(CHUNK, Math.max(1 << 10, this.postingTotal));
      this.postingTerm = new Int32Array(size);
      this.postingSlot = new Int32Array(size);
      this.postingCount = new Int32Array(size);
      this.termChunks.push(this.postingTerm);
      this.slotChunks.push(this.postingSlot);
      this.countChunks.push(this.postingCount);
      this.filled = 0;
    }
    this.postingTerm[this.filled] = termId;
    this.postingSlot[this.filled] = slot;
    this.postingCount[this.filled] = count;
    this.filled++;
    this.postingTotal++;
  }

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
    const filledOf = (chunk: number): number => (chunk === termChunks.length - 1 ? this.filled : termChunks[chunk]!.length);
    const fieldDf = new Int32Array(termCount * FIELD_COUNT);
    const starts = new Int32Array(termCount + 1);
    const fieldLengthSums = new Float64Array(FIELD_COUNT);
    sumFieldLengths(this.fieldLengths, docCount, fieldLengthSums);
    // The loops live in plain functions: V8 optimises those better than loops inside a generator.
    for (let chunk = 0; chunk < termChunks.length; chunk++) {
      for (let i = 0, end = filledOf(chunk); i < end; i += SLICE) {
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
      for (let i = 0, end = filledOf(chunk); i < end; i += SLICE) {
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

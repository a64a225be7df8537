/**
 * The first half of building a Segment: postings collected one article at a time into flat
 * typed arrays (an article's terms are counted as they stream in, and its term list is garbage
 * as soon as it is counted). SegmentBuilder (segment-builder.ts) then inverts them.
 */
import type { Term } from '../terms.ts';
import { IntIds } from './int-ids.ts';
import { FIELD_COUNT, STRING_SEPARATOR, type FieldTerms } from './segment.ts';

/** Postings handled between two yields (runGradually groups steps into slices of a few ms). */
export const SLICE = 1 << 15;
/** Terms handled between two yields of the per-term passes. */
export const TERM_SLICE = 1 << 14;
/**
 * Postings per chunk of the collected arrays. Fixed-size chunks instead of one array doubled as it
 * fills: copying three arrays of tens of millions of postings at once held the event loop for a
 * second at 100,000 articles.
 */
const CHUNK = 1 << 17;

function grown<T extends Int32Array<ArrayBuffer>>(array: T, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * What a builder collected before building: its terms in id order and its postings in the order
 * they were added (slots numbered from its own first document). A helper thread collects part of
 * a corpus into one of these and hands it over (analysis-thread.ts). Typed arrays and one string,
 * never an array of terms: a million-element array copied into the main thread in one piece held
 * its event loop for a fifth of a second at 100,000 articles, where these are transferred.
 */
export interface CollectedPostings {
  /** Per term id: its packed bigram, or -1 for a term held in `strings`. */
  bigrams: Int32Array<ArrayBuffer>;
  /** Per term id: where its text starts in `strings` (-1 for a bigram); it ends at the next STRING_SEPARATOR. */
  stringStarts: Int32Array<ArrayBuffer>;
  /** The terms that are not packed bigrams, in id order, each followed by STRING_SEPARATOR. */
  strings: string;
  termIds: Int32Array<ArrayBuffer>;
  slots: Int32Array<ArrayBuffer>;
  counts: Int32Array<ArrayBuffer>;
  fieldLengths: Int32Array<ArrayBuffer>;
  docCount: number;
}

/** Collects postings one article at a time; absorbs what another collector gathered (a helper thread's). */
export class PostingCollector {
  private readonly stringIds = new Map<string, number>();
  private readonly bigramIds = new IntIds();
  private readonly newTermId = (): number => this.registerTerm();
  private pendingTerm: Term = '';
  protected readonly terms: Term[] = [];
  protected fieldLengths: Int32Array<ArrayBuffer> = new Int32Array(1 << 12);
  protected docCount = 0;
  /** Occurrences of each term id in the field being added; zero between fields. */
  private fieldCounts: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private readonly touched: number[] = [];
  /** Chunks of CHUNK postings; the last one is being filled. */
  protected readonly termChunks: Int32Array[] = [];
  /** docId × FIELD_COUNT + field. */
  protected readonly slotChunks: Int32Array[] = [];
  protected readonly countChunks: Int32Array[] = [];
  private postingTerm = new Int32Array(0);
  private postingSlot = new Int32Array(0);
  private postingCount = new Int32Array(0);
  /** 1 + the last document each term id had a posting in: counts (term, document) pairs, the size of the inverted arrays. */
  private docOfTerm: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  protected pairs = 0;
  /** Postings in the chunk being filled. */
  protected filled = 0;
  protected postingTotal = 0;

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

  /** Postings in chunk number `chunk`: all of it but for the last, which is being filled. */
  protected chunkLength(chunk: number): number {
    return chunk === this.termChunks.length - 1 ? this.filled : this.termChunks[chunk]!.length;
  }

  /** Everything added so far, as one array each (see CollectedPostings). */
  collected(): CollectedPostings {
    const total = this.postingTotal;
    const termIds = new Int32Array(total);
    const slots = new Int32Array(total);
    const counts = new Int32Array(total);
    let at = 0;
    for (let chunk = 0; chunk < this.termChunks.length; chunk++) {
      const filled = this.chunkLength(chunk);
      termIds.set(this.termChunks[chunk]!.subarray(0, filled), at);
      slots.set(this.slotChunks[chunk]!.subarray(0, filled), at);
      counts.set(this.countChunks[chunk]!.subarray(0, filled), at);
      at += filled;
    }
    const fieldLengths = this.fieldLengths.slice(0, this.docCount * FIELD_COUNT);
    const bigrams = new Int32Array(this.terms.length);
    const stringStarts = new Int32Array(this.terms.length);
    const strings: string[] = [];
    let offset = 0;
    for (let id = 0; id < this.terms.length; id++) {
      const term = this.terms[id]!;
      if (typeof term === 'number') {
        bigrams[id] = term;
        stringStarts[id] = -1;
      } else {
        bigrams[id] = -1;
        stringStarts[id] = offset;
        strings.push(term, STRING_SEPARATOR);
        offset += term.length + STRING_SEPARATOR.length;
      }
    }
    return { bigrams, stringStarts, strings: strings.join(''), termIds, slots, counts, fieldLengths, docCount: this.docCount };
  }

  /** The term with id `id` in `part`. */
  private static termOf(part: CollectedPostings, id: number): Term {
    const bigram = part.bigrams[id]!;
    if (bigram >= 0) return bigram;
    const start = part.stringStarts[id]!;
    return part.strings.slice(start, part.strings.indexOf(STRING_SEPARATOR, start));
  }

  /**
   * Adds the documents another collector gathered after this one's, as steps; with `keep`, only
   * its documents marked there (by their number in `part`), renumbered in order. The result is
   * the very collector that adding those articles here one by one would have made: a term is
   * registered when its first kept posting is met, and postings come in the order their terms
   * first occur in each field, fields in order, so terms get their ids in the order they would
   * have met here; postings keep their order.
   */
  *absorb(part: CollectedPostings, keep: Uint8Array | null = null): Generator<void, void> {
    const ids = new Int32Array(part.bigrams.length).fill(-1);
    yield;
    const newDoc = new Int32Array(part.docCount);
    let kept = 0;
    for (let doc = 0; doc < part.docCount; doc++) {
      newDoc[doc] = keep === null || keep[doc] ? kept++ : -1;
      if ((doc & (TERM_SLICE - 1)) === TERM_SLICE - 1) yield;
    }
    const firstDoc = this.docCount;
    const size = (firstDoc + kept) * FIELD_COUNT;
    if (size > this.fieldLengths.length) this.fieldLengths = grown(this.fieldLengths, Math.max(size, this.fieldLengths.length * 2));
    for (let doc = 0; doc < part.docCount; doc++) {
      if (newDoc[doc]! >= 0) {
        const from = doc * FIELD_COUNT;
        this.fieldLengths.set(part.fieldLengths.subarray(from, from + FIELD_COUNT), (firstDoc + newDoc[doc]!) * FIELD_COUNT);
      }
      if ((doc & (TERM_SLICE - 1)) === TERM_SLICE - 1) yield;
    }
    for (let at = 0; at < part.termIds.length; at += SLICE) {
      this.absorbPostings(part, ids, newDoc, firstDoc, at, Math.min(part.termIds.length, at + SLICE));
      yield;
    }
    this.docCount += kept;
  }

  private absorbPostings(part: CollectedPostings, ids: Int32Array, newDoc: Int32Array, firstDoc: number, from: number, to: number): void {
    const { termIds, slots, counts } = part;
    for (let i = from; i < to; i++) {
      const slot = slots[i]!;
      const doc = newDoc[Math.floor(slot / FIELD_COUNT)]!;
      if (doc < 0) continue;
      const local = termIds[i]!;
      let termId = ids[local]!;
      if (termId < 0) termId = ids[local] = this.termIdOf(PostingCollector.termOf(part, local));
      const docId = firstDoc + doc;
      // Counted as endField counts them: a (term, document) pair once.
      if (this.docOfTerm[termId] !== docId + 1) {
        this.docOfTerm[termId] = docId + 1;
        this.pairs++;
      }
      this.addPosting(termId, docId * FIELD_COUNT + (slot % FIELD_COUNT), counts[i]!);
    }
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
}

/**
 * One immutable inverted index over a run of articles: a vocabulary, and per term a flat run of
 * postings (document, impact) in typed arrays. The impact is the term's whole BM25+ contribution
 * to that document, field boosts included, so a query only adds numbers: no object per posting,
 * no per-field work at query time.
 *
 * Built from per-article terms (segment-builder.ts), or restored from `SegmentData` (the cache
 * file holds exactly those arrays).
 */
import { termText, type Term } from '../terms.ts';
import { IntIds } from './int-ids.ts';
import { prefixRange } from './sorted-search.ts';

export const FIELDS = ['title', 'aliases', 'tags', 'body'] as const;
/** Four, so that a slot is `doc << 2 | field`. */
export const FIELD_COUNT = FIELDS.length;
/** Title highest: a title match is what the member was most likely looking for. */
export const FIELD_BOOSTS: readonly number[] = [6, 4, 2, 1];

/** Terms of one article, per field, in FIELDS order (repeats kept: they are term frequencies). */
export type FieldTerms = readonly [title: Term[], aliases: Term[], tags: Term[], body: Term[]];

/** What the impacts of a segment are computed against: its own counts, plus another segment's. */
export interface CorpusStats {
  docCount: number;
  fieldLengthSums: Float64Array;
  /** Documents with `term` in field `field`. */
  fieldDf(term: Term, field: number): number;
}

/** Everything a segment is, as plain typed arrays and strings (what the cache stores). */
export interface SegmentData {
  docCount: number;
  /** Packed CJK bigram of each term, or -1 for a string term. */
  bigramOf: Int32Array;
  /** The string terms joined by "\u0001", in term order. */
  strings: string;
  termStart: Int32Array;
  docs: Int32Array;
  /** Each posting's score in steps of its term's maxImpact / IMPACT_STEPS (segment-builder.ts quantise). */
  impacts: Uint16Array;
  maxImpact: Float32Array;
  /** termCount × FIELD_COUNT. */
  fieldDf: Int32Array;
  fieldLengthSums: Float64Array;
  /** Latin term ids sorted by their text, for prefixes. */
  latinOrder: Int32Array;
  /** See typos.ts. */
  deletions: Float64Array;
}

/** Steps of a term's largest score that a posting's score is stored in (the most a Uint16 holds). */
export const IMPACT_STEPS = 65_535;

/** Joins the string terms in SegmentData. */
export const STRING_SEPARATOR = '\u0001';

export function isLatinTerm(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x2e80;
}

export class Segment {
  readonly docCount: number;
  readonly termCount: number;
  readonly termStart: Int32Array;
  readonly docs: Int32Array;
  readonly impacts: Uint16Array;
  readonly maxImpact: Float32Array;
  readonly fieldDf: Int32Array;
  readonly fieldLengthSums: Float64Array;
  readonly latinOrder: Int32Array;
  /** Text of each string term, null for bigrams. */
  readonly textOf: readonly (string | null)[];
  readonly latinSorted: readonly string[];
  readonly deletions: Float64Array;
  private readonly bigramIds: IntIds;
  private readonly stringIds: Map<string, number>;
  private readonly data: SegmentData;

  private constructor(data: SegmentData, vocabulary: { bigramIds: IntIds; stringIds: Map<string, number>; textOf: (string | null)[] }) {
    this.data = data;
    this.docCount = data.docCount;
    this.termCount = data.bigramOf.length;
    this.termStart = data.termStart;
    this.docs = data.docs;
    this.impacts = data.impacts;
    this.maxImpact = data.maxImpact;
    this.fieldDf = data.fieldDf;
    this.fieldLengthSums = data.fieldLengthSums;
    this.latinOrder = data.latinOrder;
    this.deletions = data.deletions;
    this.bigramIds = vocabulary.bigramIds;
    this.stringIds = vocabulary.stringIds;
    this.textOf = vocabulary.textOf;
    this.latinSorted = Array.from(data.latinOrder, (id) => vocabulary.textOf[id]!);
  }

  /** What one step of `termId`'s stored impacts is worth: multiply a posting's impact by it for its score. */
  stepOf(termId: number): number {
    return this.maxImpact[termId]! / IMPACT_STEPS;
  }

  /** A segment from its arrays (what `toData` gave), rebuilding the lookup tables a slice at a time. */
  static *restore(data: SegmentData): Generator<void, Segment> {
    const termCount = data.bigramOf.length;
    const bigramKeys: number[] = [];
    const bigramTermIds: number[] = [];
    const textOf: (string | null)[] = new Array(termCount).fill(null);
    const stringIds = new Map<string, number>();
    const strings = data.strings === '' ? [] : data.strings.split(STRING_SEPARATOR);
    let next = 0;
    for (let id = 0; id < termCount; id++) {
      const packed = data.bigramOf[id]!;
      if (packed >= 0) {
        bigramKeys.push(packed);
        bigramTermIds.push(id);
      } else {
        const text = strings[next++];
        if (text === undefined) break;
        textOf[id] = text;
        stringIds.set(text, id);
      }
      if ((id & 0x7fff) === 0x7fff) yield;
    }
    if (next !== strings.length || stringIds.size !== next) throw new Error(`segment data: ${strings.length} string terms for ${next} slots`);
    const bigramIds = IntIds.of(bigramKeys, bigramTermIds);
    yield;
    return new Segment(data, { bigramIds, stringIds, textOf });
  }

  toData(): SegmentData {
    return this.data;
  }

  /** The term id of `term`, or -1. */
  termId(term: Term): number {
    if (typeof term === 'number') return this.bigramIds.get(term);
    return this.stringIds.get(term) ?? -1;
  }

  /** Text of a term, for passages. */
  text(termId: number): string {
    return this.textOf[termId] ?? termText(this.data.bigramOf[termId]!);
  }

  postingCount(termId: number): number {
    return this.termStart[termId + 1]! - this.termStart[termId]!;
  }

  fieldDfOf(term: Term, field: number): number {
    const id = this.termId(term);
    return id < 0 ? 0 : this.fieldDf[id * FIELD_COUNT + field]!;
  }

  /** Whether segment document `doc` has term `termId` (binary search in its postings). */
  has(termId: number, doc: number): boolean {
    return this.find(termId, doc) !== -1;
  }

  /** Position of `doc` in the postings of `termId`, or -1. */
  find(termId: number, doc: number): number {
    let low = this.termStart[termId]!;
    let high = this.termStart[termId + 1]! - 1;
    const docs = this.docs;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = docs[middle]!;
      if (found === doc) return middle;
      if (found < doc) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Latin terms that start with `prefix`, as a range of `latinOrder`. */
  prefixRange(prefix: string): [number, number] {
    return prefixRange(this.latinSorted, prefix);
  }

  /** Whether some Latin term is `prefix` or starts with it. */
  hasTermStartingWith(prefix: string): boolean {
    const [from, to] = prefixRange(this.latinSorted, prefix);
    return to > from;
  }

  stats(): CorpusStats {
    return {
      docCount: this.docCount,
      fieldLengthSums: this.fieldLengthSums,
      fieldDf: (term, field) => this.fieldDfOf(term, field),
    };
  }
}

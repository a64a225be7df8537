/**
 * The MiniSearch engine, bulk-loaded.
 *
 * MiniSearch's `addAll` pays one radix-tree insert per token; a Chinese article has ~1,300
 * bigram tokens, and 10k synthetic articles took over two minutes on this machine. Here tokens
 * are counted into flat arrays first and each distinct term is inserted once. MiniSearch has
 * no public bulk insert, so the postings go into its radix tree (`_index`) directly; should a
 * future version rename that field, `termCount` disagrees and the documented but slower
 * `loadJS` route (postings as plain objects) is taken instead. tests/search/engine.test.ts
 * checks both routes against `addAll`.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { IntIds } from './int-ids.ts';
import { indexKey, type Term } from './terms.ts';

export const FIELDS = ['title', 'aliases', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];
/** Title highest: a title match is what the member was most likely looking for. */
export const FIELD_BOOSTS: Record<Field, number> = { title: 6, aliases: 4, tags: 2, body: 1 };

/** Terms of one article, per field, in FIELDS order (as text.ts produces them, not yet keys). */
export type FieldTerms = readonly [title: Term[], aliases: Term[], tags: Term[], body: Term[]];

/** The `AsPlainObject` format version MiniSearch 7 reads. */
const SERIALIZATION_VERSION = 2;

/** What the bulk load needs of MiniSearch's radix tree. */
interface RadixTree {
  set(key: string, value: Map<number, Map<number, number>>): unknown;
}

/**
 * Options for an engine whose documents are given as space-joined index keys and whose string
 * queries are single index keys (see query.ts).
 */
export function engineOptions(): Options {
  const splitKeys = (text: string): string[] => (text === '' ? [] : text.split(' '));
  return {
    fields: [...FIELDS],
    storeFields: [],
    tokenize: splitKeys,
    processTerm: (key) => key,
    searchOptions: {
      boost: FIELD_BOOSTS,
      tokenize: (key) => [key],
      processTerm: (key) => key,
    },
  };
}

function plainObject(lengths: readonly number[][], index: AsPlainObject['index']): AsPlainObject {
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  const sums = FIELDS.map(() => 0);
  lengths.forEach((fieldLengths, docId) => {
    documentIds[docId] = docId;
    fieldLength[docId] = fieldLengths;
    fieldLengths.forEach((length, fieldId) => (sums[fieldId]! += length));
  });
  return {
    documentCount: lengths.length,
    nextId: lengths.length,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((field, fieldId) => [field, fieldId])),
    fieldLength,
    averageFieldLength: sums.map((sum) => (lengths.length === 0 ? 0 : sum / lengths.length)),
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: SERIALIZATION_VERSION,
  };
}

function radixTreeOf(engine: MiniSearch): RadixTree | null {
  const tree: unknown = (engine as unknown as { _index?: unknown })._index;
  return typeof tree === 'object' && tree !== null && typeof (tree as RadixTree).set === 'function'
    ? (tree as RadixTree)
    : null;
}

export type LoadRoute = 'radix-tree' | 'plain-object';

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/**
 * Collects postings one article at a time into flat typed arrays (an article's term list is
 * garbage as soon as it is counted, and no per-term objects exist until `build`), then hands
 * MiniSearch its own posting shape.
 */
export class EngineBuilder {
  private readonly stringIds = new Map<string, number>();
  private readonly bigramIds = new IntIds();
  private readonly newTermId = (): number => this.registerTerm();
  private pendingTerm: Term = '';
  private readonly terms: Term[] = [];
  private readonly lengths: number[][] = [];
  /** Occurrences of each term id in the field being added; zero between fields. */
  private fieldCounts: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private readonly touched: number[] = [];
  private postingTerm: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  /** docId × FIELDS.length + fieldId. */
  private postingSlot: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private postingCount: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  private postingTotal = 0;

  /** Adds the next article; its document id is the number of articles added before it. */
  add(fields: FieldTerms): void {
    const docId = this.lengths.length;
    const fieldLengths: number[] = [];
    fields.forEach((terms, fieldId) => {
      const touched = this.touched;
      touched.length = 0;
      for (const term of terms) {
        const termId = this.termId(term);
        if (this.fieldCounts[termId]!++ === 0) touched.push(termId);
      }
      // MiniSearch's field length is the number of distinct terms.
      fieldLengths.push(touched.length);
      for (const termId of touched) {
        this.addPosting(termId, docId * FIELDS.length + fieldId, this.fieldCounts[termId]!);
        this.fieldCounts[termId] = 0;
      }
    });
    this.lengths.push(fieldLengths);
  }

  private termId(term: Term): number {
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
    if (termId === this.fieldCounts.length) this.fieldCounts = grown(this.fieldCounts, termId * 2);
    return termId;
  }

  private addPosting(termId: number, slot: number, count: number): void {
    if (this.postingTotal === this.postingTerm.length) {
      const size = this.postingTotal * 2;
      this.postingTerm = grown(this.postingTerm, size);
      this.postingSlot = grown(this.postingSlot, size);
      this.postingCount = grown(this.postingCount, size);
    }
    this.postingTerm[this.postingTotal] = termId;
    this.postingSlot[this.postingTotal] = slot;
    this.postingCount[this.postingTotal] = count;
    this.postingTotal++;
  }

  /** Per term, MiniSearch's field → document → frequency maps, in document order like `addAll`. */
  private termData(): Map<number, Map<number, number>>[] {
    const termCount = this.terms.length;
    const starts = new Int32Array(termCount + 1);
    for (let i = 0; i < this.postingTotal; i++) starts[this.postingTerm[i]! + 1]!++;
    for (let id = 0; id < termCount; id++) starts[id + 1]! += starts[id]!;
    const order = new Int32Array(this.postingTotal);
    const next = starts.slice(0, termCount);
    for (let i = 0; i < this.postingTotal; i++) order[next[this.postingTerm[i]!]!++] = i;
    const data: Map<number, Map<number, number>>[] = new Array(termCount);
    for (let id = 0; id < termCount; id++) {
      const byField = new Map<number, Map<number, number>>();
      for (let at = starts[id]!; at < starts[id + 1]!; at++) {
        const posting = order[at]!;
        const slot = this.postingSlot[posting]!;
        const fieldId = slot % FIELDS.length;
        let byDocument = byField.get(fieldId);
        if (!byDocument) byField.set(fieldId, (byDocument = new Map()));
        byDocument.set((slot - fieldId) / FIELDS.length, this.postingCount[posting]!);
      }
      data[id] = byField;
    }
    return data;
  }

  build(route: LoadRoute = 'radix-tree'): MiniSearch {
    const data = this.termData();
    // Sorted keys insert ~3× faster (measured): each new key lands beside the previous one.
    const entries = this.terms.map((term, id) => [indexKey(term), data[id]!] as const);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (route === 'radix-tree') {
      const engine = MiniSearch.loadJS(plainObject(this.lengths, []), engineOptions());
      const tree = radixTreeOf(engine);
      if (tree) {
        for (const [key, byField] of entries) tree.set(key, byField);
        if (engine.termCount === entries.length) return engine;
      }
    }
    const index: AsPlainObject['index'] = entries.map(([key, byField]) => [
      key,
      Object.fromEntries([...byField].map(([fieldId, byDocument]) => [fieldId, Object.fromEntries(byDocument)])),
    ]);
    return MiniSearch.loadJS(plainObject(this.lengths, index), engineOptions());
  }
}

/**
 * The MiniSearch engine, bulk-loaded.
 *
 * `addAll` pays a radix-tree insert per token (≈1,300 per Chinese article, ~100 s for 10k
 * articles here). Counting terms in plain Maps first and inserting each distinct term once is
 * what makes a 10k-article build take seconds. MiniSearch has no public bulk-insert, so the
 * postings go into its radix tree (`_index`, a SearchableMap) directly; if a future version
 * renames that field, `termCount` says so and the documented but slower `loadJS` route is used.
 * tests/search/engine.test.ts checks that both routes give the same results as `addAll`.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { indexKey } from './terms.ts';

export const FIELDS = ['title', 'aliases', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];
/** Title highest: a title match is what the member was most likely looking for. */
export const FIELD_BOOSTS: Record<Field, number> = { title: 6, aliases: 4, tags: 2, body: 1 };

/** Terms of one article, per field, in FIELDS order (as text.ts produces them, not yet keys). */
export type FieldTerms = readonly [title: string[], aliases: string[], tags: string[], body: string[]];

/** The `AsPlainObject` format version MiniSearch 7 reads. */
const SERIALIZATION_VERSION = 2;

/** term → field id → document id → term frequency: MiniSearch's own posting shape. */
type Postings = Map<string, Map<number, Map<number, number>>>;

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

function countPostings(articles: readonly FieldTerms[]): { postings: Postings; lengths: number[][] } {
  const postings: Postings = new Map();
  const lengths: number[][] = [];
  const counts = new Map<string, number>();
  articles.forEach((fields, docId) => {
    const fieldLengths: number[] = [];
    fields.forEach((terms, fieldId) => {
      counts.clear();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      // MiniSearch's field length is the number of distinct terms.
      fieldLengths.push(counts.size);
      for (const [term, count] of counts) {
        let byField = postings.get(term);
        if (!byField) postings.set(term, (byField = new Map()));
        let byDocument = byField.get(fieldId);
        if (!byDocument) byField.set(fieldId, (byDocument = new Map()));
        byDocument.set(docId, count);
      }
    });
    lengths.push(fieldLengths);
  });
  return { postings, lengths };
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

/** Engine over `articles`; document ids are positions in that array. */
export function loadEngine(articles: readonly FieldTerms[], route: LoadRoute = 'radix-tree'): MiniSearch {
  console.time('count'); const { postings, lengths } = countPostings(articles); console.timeEnd('count'); console.time('keys');
  // Sorted keys insert faster: each new key lands beside the previous one in the tree.
  const entries = [...postings].map(([term, byField]) => [indexKey(term), byField] as const);
  console.timeEnd('keys'); console.time('sort'); entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); console.timeEnd('sort');
  if (route === 'radix-tree') {
    const engine = MiniSearch.loadJS(plainObject(lengths, []), engineOptions());
    const tree = radixTreeOf(engine);
    if (tree) {
      console.time('tree'); for (const [key, byField] of entries) tree.set(key, byField); console.timeEnd('tree');
      if (engine.termCount === entries.length) return engine;
    }
  }
  const index: AsPlainObject['index'] = entries.map(([key, byField]) => [
    key,
    Object.fromEntries([...byField].map(([fieldId, byDocument]) => [fieldId, Object.fromEntries(byDocument)])),
  ]);
  return MiniSearch.loadJS(plainObject(lengths, index), engineOptions());
}

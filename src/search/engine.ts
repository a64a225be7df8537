/**
 * The MiniSearch engine, bulk-loaded.
 *
 * `addAll` pays a radix-tree insert per token (≈1,000 per Chinese article); counting terms in
 * plain Maps first and handing MiniSearch its own documented plain-object form (`loadJS`) pays
 * one insert per distinct term instead, which is what makes a 10k-article build take seconds.
 * tests/search/engine.test.ts checks that both routes give identical results.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

export const FIELDS = ['title', 'aliases', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];
/** Title highest: a title match is what the member was most likely looking for. */
export const FIELD_BOOSTS: Record<Field, number> = { title: 6, aliases: 4, tags: 2, body: 1 };

/** Index terms of one article, per field, in FIELDS order. */
export type FieldTerms = readonly [title: string[], aliases: string[], tags: string[], body: string[]];

/** The format version of `AsPlainObject` that MiniSearch 7 reads. */
const SERIALIZATION_VERSION = 2;

/**
 * Options for an engine whose documents are given as space-joined, already-final terms, and
 * whose string queries are single final terms (see query.ts).
 */
export function engineOptions(): Options<Record<string, unknown>> {
  const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));
  return {
    fields: [...FIELDS],
    storeFields: [],
    tokenize: splitTerms,
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOSTS,
      tokenize: (term) => [term],
      processTerm: (term) => term,
    },
  };
}

type Postings = Record<string, Record<string, number>>;

/** Engine over `articles`; document ids are positions in that array. */
export function loadEngine(articles: readonly FieldTerms[]): MiniSearch {
  const postings = new Map<string, Postings>();
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  const lengthSums = FIELDS.map(() => 0);
  const counts = new Map<string, number>();
  articles.forEach((fields, docId) => {
    documentIds[docId] = docId;
    const lengths: number[] = [];
    fields.forEach((terms, fieldId) => {
      counts.clear();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      // MiniSearch's field length is the number of distinct terms.
      lengths.push(counts.size);
      lengthSums[fieldId]! += counts.size;
      for (const [term, count] of counts) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = {}));
        (entry[fieldId] ??= {})[docId] = count;
      }
    });
    fieldLength[docId] = lengths;
  });
  // Sorted inserts are ~4× faster in the radix tree: each new key lands next to its neighbours.
  const index = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const plain: AsPlainObject = {
    documentCount: articles.length,
    nextId: articles.length,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((field, fieldId) => [field, fieldId])),
    fieldLength,
    averageFieldLength: lengthSums.map((sum) => (articles.length === 0 ? 0 : sum / articles.length)),
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: SERIALIZATION_VERSION,
  };
  return MiniSearch.loadJS(plain, engineOptions());
}

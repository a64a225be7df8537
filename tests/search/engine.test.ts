/**
 * The bulk loader writes MiniSearch's internal posting shape itself; these tests pin it to what
 * MiniSearch's own `addAll` produces, so a MiniSearch upgrade that changes the shape fails here.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { EngineBuilder, engineOptions, FIELDS, type FieldTerms, type LoadRoute } from '../../src/search/engine.ts';
import { IntIds } from '../../src/search/int-ids.ts';
import { parseQuery, queryTree } from '../../src/search/query.ts';
import { indexKey } from '../../src/search/terms.ts';
import { indexTerms, markdownToPlain } from '../../src/search/text.ts';
import { corpus } from './fixture.ts';

const fieldTerms: FieldTerms[] = corpus.map((article) => [
  indexTerms(article.title),
  article.aliases.flatMap(indexTerms),
  article.tags.flatMap(indexTerms),
  indexTerms(markdownToPlain(article.body)),
]);

function referenceEngine(): MiniSearch {
  const engine = new MiniSearch(engineOptions());
  engine.addAll(
    fieldTerms.map((fields, id) => ({
      id,
      ...Object.fromEntries(FIELDS.map((field, fieldId) => [field, fields[fieldId]!.map(indexKey).join(' ')])),
    })),
  );
  return engine;
}

function bulkEngine(route: LoadRoute): MiniSearch {
  const builder = new EngineBuilder();
  for (const fields of fieldTerms) builder.add(fields);
  return builder.build(route);
}

const queries = ['滑动窗口', 'rotary embedding', 'flash', 'attentoin', 'LoRA 低秩', '128 consecutive', 'llm', '树'];

function comparable(engine: MiniSearch, query: string, combineWith: 'AND' | 'OR'): unknown {
  return engine
    .search(queryTree(parseQuery(query).terms, combineWith, true))
    .map((result) => ({ id: result.id, score: result.score.toFixed(9), terms: result.terms, match: result.match }));
}

describe('EngineBuilder', () => {
  const reference = referenceEngine();

  for (const route of ['radix-tree', 'plain-object'] as const) {
    it(`gives the same results as addAll via the ${route} route`, () => {
      const bulk = bulkEngine(route);
      expect(bulk.documentCount).toBe(reference.documentCount);
      expect(bulk.termCount).toBe(reference.termCount);
      for (const query of queries) {
        for (const combineWith of ['AND', 'OR'] as const) {
          expect(comparable(bulk, query, combineWith), `${route} ${combineWith} ${query}`).toEqual(
            comparable(reference, query, combineWith),
          );
        }
      }
    });
  }

  it('finds something for most of the compared queries, so the comparison means something', () => {
    const nonEmpty = queries.filter((query) => reference.search(queryTree(parseQuery(query).terms, 'OR', true)).length > 0);
    expect(nonEmpty.length).toBeGreaterThanOrEqual(queries.length - 1);
  });

  it('builds an empty engine', () => {
    const engine = new EngineBuilder().build();
    expect(engine.documentCount).toBe(0);
    expect(engine.search('anything')).toEqual([]);
  });
});

describe('IntIds', () => {
  it('gives each distinct key one stable id, across growth, like a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 3000 }), (keys) => {
        const table = new IntIds(2);
        const reference = new Map<number, number>();
        for (const key of keys) {
          const id = table.idOf(key, () => reference.size);
          if (!reference.has(key)) reference.set(key, id);
          expect(id).toBe(reference.get(key));
        }
        expect(table.size).toBe(reference.size);
      }),
      { numRuns: 50 },
    );
  });
});

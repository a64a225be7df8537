/**
 * The impact-ordered walk through SearchIndex: a corpus of common Chinese terms (every query term
 * is in most articles), searched with the member's bits (publication time, tag, removed articles)
 * and, for comparison, with a plain predicate filter, which takes the postings walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchFilter } from '../../src/search/index.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { article } from './fixture.ts';

const TERMS = ['注意力', '矩阵乘法', '梯度', '向量', '显存', '量化'];
const TAGS = ['llm', 'math', 'gpu'];

/** `publishedBy` as the library passes it, and the same as a plain predicate (which the index cannot turn into bits). */
function filters(dates: ReadonlyMap<string, number>, publishedBy: number): { bits: SearchFilter; plain: SearchFilter } {
  const bits = Object.assign((id: string) => dates.get(id)! <= publishedBy, { publishedBy });
  return { bits, plain: (id: string) => dates.get(id)! <= publishedBy };
}

describe('SearchIndex: impact-ordered walk of common terms', () => {
  it('finds, ranks and counts exactly what the postings walk does, hidden, tagged, removed and edited articles included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            words: fc.array(fc.constantFrom(...TERMS), { minLength: 4, maxLength: 16, size: 'max' }),
            day: fc.integer({ min: 1, max: 28 }),
            tag: fc.constantFrom(...TAGS),
          }),
          { minLength: 700, maxLength: 1000, size: 'max' },
        ),
        fc.array(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 3 }),
        // Mostly late enough, and mostly untagged, for a few hundred matches: the walk's case.
        fc.integer({ min: 12, max: 28 }),
        fc.option(fc.constantFrom(...TAGS), { nil: undefined, freq: 2 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        async (drafts, query, publishedDay, tag, offset, removedCount, editedCount) => {
          const articles = drafts.map((draft, i) =>
            article({
              id: `a${i}`,
              title: `第 ${i} 篇`,
              body: draft.words.join('，'),
              date: `2024-01-${String(draft.day).padStart(2, '0')}T00:00:00Z`,
              tags: [draft.tag],
            }),
          );
          const dates = new Map(articles.map((a) => [a.id, a.date.getTime()]));
          let index = SearchIndex.build(articles);
          // Removed articles leave dead documents in the large segment; edited ones, a small segment of their new versions too.
          if (removedCount > 0) index = await index.withChanges(new Set(articles.slice(0, removedCount).map((a) => a.id)), []);
          if (editedCount > 0) {
            const edited = articles.slice(-editedCount).map((a, i) => ({ ...a, body: `${a.body}，${TERMS[i % TERMS.length]}`, hash: `${a.hash}-edited` }));
            index = await index.withChanges(new Set(edited.map((a) => a.id)), edited);
          }
          const { bits, plain } = filters(dates, Date.parse(`2024-01-${String(publishedDay).padStart(2, '0')}T00:00:00Z`));
          const text = query.join(' ');
          const options = { tag, offset, limit: 5 };
          const fast = index.search(text, { ...options, filter: bits });
          const reference = index.search(text, { ...options, filter: plain });
          expect(fast.total).toBe(reference.total);
          expect(fast.hits.map((hit) => [hit.id, hit.score])).toEqual(reference.hits.map((hit) => [hit.id, hit.score]));
        },
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * SearchIndex.complete against a plain reference: every name checked against each class in turn,
 * newest first. Titles share a small vocabulary so that character pairs are common, as in a large
 * corpus, and the pair, bitset and walking paths all come into play.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { SearchIndex, type SearchFilter } from '../../src/search/index.ts';
import { compactForm, phraseForm } from '../../src/search/text.ts';
import { article } from './fixture.ts';

const WORDS = [
  '注意力',
  '注意',
  '力矩',
  '窗口',
  '滑动窗口',
  '动态',
  '态度',
  'flash',
  'Attention',
  'att',
  'tion',
  'lora',
  'LoRA',
  'rot',
  'ro',
  'a',
  'ab',
  'ba',
  '𠀀',
  '𠀀力',
  '7',
  '70',
];
const SEPARATORS = [' ', '', '-', ': ', '：', '. '];

const name = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const corpus = fc
  .uniqueArray(fc.record({ title: name, aliases: fc.array(name, { maxLength: 2 }), day: fc.integer({ min: 0, max: 20 }) }), {
    minLength: 1,
    maxLength: 200,
    // Up to hundreds of articles: below 32 every prefix range is walked, and a bitset word holds 32 positions.
    size: 'max',
    // Equal date and title would leave the order to the sort's stability, which the spec does not fix.
    selector: (draft) => `${draft.day}\n${draft.title}`,
  })
  .map((drafts) =>
    drafts.map((draft, i) =>
      article({ id: `a${i}`, title: draft.title, aliases: draft.aliases, body: 'x', date: new Date(START + draft.day * DAY).toISOString() }),
    ),
  );

/** Inputs a member types: prefixes and pieces of real names, single characters, vocabulary words, or nothing. */
function queries(articles: readonly Article[]): fc.Arbitrary<string[]> {
  const names = articles.flatMap((a) => [a.title, ...a.aliases]);
  const piece = fc.tuple(fc.constantFrom(...names), fc.nat(), fc.integer({ min: 2, max: 14 })).map(([text, start, length]) => {
    const from = start % (text.length + 1);
    return text.slice(from, from + length);
  });
  const prefix = fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 10 })).map(([text, length]) => text.slice(0, length));
  const character = fc.constantFrom(...new Set(names.join('')));
  // Pieces from inside names most: they reach the "anywhere" class, the one with the most paths.
  const input = fc.oneof(
    { arbitrary: piece, weight: 4 },
    { arbitrary: prefix, weight: 1 },
    { arbitrary: character, weight: 1 },
    { arbitrary: name, weight: 1 },
    { arbitrary: fc.constantFrom('', '   ', 'zz', 'ATT ENTION', '注意 力'), weight: 1 },
  );
  return fc.array(
    fc.oneof(
      input,
      input.map((text) => text.toUpperCase()),
    ),
    { minLength: 1, maxLength: 25 },
  );
}

function reference(articles: readonly Article[], query: string, limit: number, visible: (a: Article) => boolean): string[] {
  const named = articles
    .map((a) => {
      const spaced = [a.title, ...a.aliases].map(phraseForm);
      return { a, spaced, compact: spaced.map((text) => text.replace(/ /g, '')) };
    })
    .sort((x, y) => y.a.date.getTime() - x.a.date.getTime() || (x.a.title < y.a.title ? -1 : x.a.title > y.a.title ? 1 : 0));
  const compact = compactForm(query);
  const phrase = phraseForm(query);
  const classes: ((n: (typeof named)[number]) => boolean)[] =
    compact === ''
      ? [() => true]
      : [
          (n) => n.compact[0]!.startsWith(compact),
          (n) => n.compact.some((text) => text !== '' && text.startsWith(compact)),
          (n) => phrase !== '' && n.spaced.some((text) => text.includes(' ' + phrase)),
          (n) => n.compact.some((text) => text.includes(compact)),
        ];
  const chosen: string[] = [];
  for (const inClass of classes) {
    for (const n of named) {
      if (chosen.length === limit) return chosen;
      if (inClass(n) && visible(n.a) && !chosen.includes(n.a.id)) chosen.push(n.a.id);
    }
  }
  return chosen;
}

describe('SearchIndex.complete matches the reference', () => {
  it('on shared-vocabulary titles, with some articles hidden', () => {
    fc.assert(
      fc.property(
        corpus.chain((articles) =>
          fc.tuple(
            fc.constant(articles),
            queries(articles),
            fc.oneof(
              fc.constant(undefined),
              fc.array(fc.boolean(), { minLength: articles.length, maxLength: articles.length }),
              fc.integer({ min: -1, max: 21 }),
            ),
            fc.oneof(fc.constant(25), fc.integer({ min: 1, max: 30 })),
          ),
        ),
        ([articles, inputs, hiding, limit]) => {
          const index = SearchIndex.build(articles);
          let filter: SearchFilter | undefined;
          let visible = (_: Article): boolean => true;
          if (Array.isArray(hiding)) {
            const hidden = new Set(articles.filter((_, i) => hiding[i]).map((a) => a.id));
            filter = (id) => !hidden.has(id);
            visible = (a) => !hidden.has(a.id);
          } else if (hiding !== undefined) {
            const publishedBy = START + hiding * DAY;
            filter = Object.assign(() => true, { publishedBy });
            visible = (a) => a.date.getTime() <= publishedBy;
          }
          for (const query of inputs) {
            const expected = reference(articles, query, Math.min(limit, 25), visible);
            expect(
              index.complete(query, limit, filter).map((choice) => choice.id),
              JSON.stringify(query),
            ).toEqual(expected);
          }
        },
      ),
      // A failing case of 200 articles can take minutes to shrink: CI reports it unshrunk instead.
      { numRuns: 100, endOnFailure: process.env.CI === 'true' },
    );
  });
});

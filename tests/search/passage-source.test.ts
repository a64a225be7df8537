import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchHitPassage } from '../../src/cards/search-passage.ts';
import { PassageSource, PassageSources } from '../../src/search/passage-source.ts';
import { corpus } from './fixture.ts';

describe('PassageSources', () => {
  it("keeps each of an article's texts prepared, found by the article object and which text", () => {
    const sources = new PassageSources(1_000);
    const article = {};
    expect(sources.get(article, 'text')).toBeUndefined();
    const text = sources.add(article, 'text', 'one\n\ntwo');
    const summary = sources.add(article, 'summary', 'short');
    expect(sources.get(article, 'text')).toBe(text);
    expect(sources.get(article, 'summary')).toBe(summary);
    expect(text.chunks).toEqual(['one', 'two']);
    // An edited article is another object: nothing of the old one is found for it.
    expect(sources.get({}, 'text')).toBeUndefined();
    expect(sources.count).toBe(2);
  });

  it('drops the least recently used articles past its budget of characters', () => {
    const sources = new PassageSources(30);
    const [a, b, c, d] = [{}, {}, {}, {}];
    const kept = sources.add(a, 'text', 'x'.repeat(10));
    sources.add(b, 'text', 'y'.repeat(10));
    sources.add(c, 'text', 'z'.repeat(10));
    expect(sources.get(a, 'text')).toBe(kept);
    sources.add(d, 'text', 'w'.repeat(10));
    // b was used least recently: it went, a stayed.
    expect(sources.count).toBe(3);
    expect(sources.get(b, 'text')).toBeUndefined();
    expect(sources.get(a, 'text')).toBe(kept);
    // Another text of a kept article counts towards the budget too: c, now the oldest, goes.
    sources.add(a, 'summary', 'v'.repeat(10));
    expect(sources.get(c, 'text')).toBeUndefined();
    expect(sources.count).toBe(3);
  });

  it('never keeps a text larger than its whole budget', () => {
    const sources = new PassageSources(5);
    const big = {};
    sources.add(big, 'text', 'too long to keep');
    expect(sources.count).toBe(0);
    expect(sources.get(big, 'text')).toBeUndefined();
  });

  it('finds the chunks holding a word, also after text that lowercasing lengthens (İ)', () => {
    const chunksWith = (markdown: string, needle: string) => {
      const source = new PassageSource(markdown);
      const found: number[] = [];
      for (let chunk = source.nextChunkWith(needle, 0); chunk !== -1; chunk = source.nextChunkWith(needle, chunk + 1)) found.push(chunk);
      return found;
    };
    expect(chunksWith('Foo bar\n\nnothing\n\nfoo FOO', 'foo')).toEqual([0, 2]);
    expect(chunksWith('İİİİİİ\n\nab\n\ncd AB', 'ab')).toEqual([1, 2]);
    expect(chunksWith('İİİİİİ\n\nab\n\ncd AB', 'cd')).toEqual([2]);
  });

  it('finds a needle in exactly the chunks whose lowercased text holds it, caseless needles in the Markdown itself', () => {
    const piece = fc.constantFrom('注意', '力', 'ab', 'AB', 'İ', 'K', '\u212a', 'k8', '8', ' ', '\n', '\n\n', '\n \u3000\n', '```', '- ', '  ', '，', 'ǅ', 'ǆ');
    const needle = fc.constantFrom('注意力', '注意', '力', 'ab', 'k8', 'k', '8', 'i̇', '，', 'ǆ', 'ab 注意');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16, size: 'max' }), needle, (pieces, word) => {
        const source = new PassageSource(pieces.join(''));
        const found: number[] = [];
        for (let chunk = source.nextChunkWith(word, 0); chunk !== -1; chunk = source.nextChunkWith(word, chunk + 1)) found.push(chunk);
        const expected = source.chunks.flatMap((chunk, index) => (chunk.toLowerCase().includes(word) ? [index] : []));
        expect(found).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('lexes each chunk once, on first use', () => {
    const source = new PassageSource('para **one**\n\npara two');
    const units = source.unitsOf(1);
    expect(units.map((prepared) => prepared.unit.text)).toEqual(['para two']);
    expect(source.unitsOf(1)).toBe(units);
  });
});

describe('searchHitPassage with prepared sources', () => {
  it('shows exactly what it shows without them, on every article and query, the first time and the next', () => {
    const queries = ['attention', '注意力', 'LoRA 低秩', 'rotary embedding', 'softmax', '题解', 'sequence', 'no such words'];
    const sources = new PassageSources();
    for (let round = 0; round < 2; round++) {
      for (const article of corpus) {
        for (const query of queries) expect(searchHitPassage(article, query, 'en', sources)).toBe(searchHitPassage(article, query, 'en'));
      }
    }
    expect(sources.count).toBeGreaterThan(0);
  });
});

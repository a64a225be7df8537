import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.ts';
import { QueryMasks, substringEditDistance } from '../../src/search/suggest.ts';
import { article, corpus } from './fixture.ts';

const index = SearchIndex.build(corpus);
const completedIds = (query: string, limit?: number, filter?: (id: string) => boolean): string[] =>
  index.complete(query, limit, filter).map((choice) => choice.id);

describe('SearchIndex.complete', () => {
  it('completes a title prefix, case-insensitively, returning the title', () => {
    expect(index.complete('fla')).toEqual([{ id: 'flash-attention', title: 'FlashAttention 原理' }]);
    expect(completedIds('FLASHATT')).toEqual(['flash-attention']);
  });

  it('completes by a Chinese substring of a title', () => {
    expect(completedIds('窗口')).toEqual(['sliding-window']);
    expect(completedIds('连续序列')).toEqual(['lc-128']);
  });

  it('completes by alias and shows the title', () => {
    expect(index.complete('旋转')).toEqual([{ id: 'rope', title: 'RoPE: Rotary Position Embedding' }]);
    expect(completedIds('快速')).toEqual(['flash-attention']);
  });

  it('ignores spaces and punctuation the member types or omits', () => {
    expect(completedIds('flash attention')).toEqual(['flash-attention']);
    expect(completedIds('rope rotary')).toEqual(['rope']);
    expect(completedIds('self attention')).toEqual(['attention-basics']);
  });

  it('puts title prefixes first, then word starts, then other substrings', () => {
    // "Self-Attention 基础" has the word at a word start; "FlashAttention 原理" only inside a word.
    expect(completedIds('attention')).toEqual(['attention-basics', 'flash-attention']);
    expect(completedIds('transformer')[0]).toBe('transformer-notes');
  });

  it('orders match classes before dates', () => {
    const dated = (id: string, title: string, day: number, aliases: string[] = []) =>
      article({ id, title, aliases, body: 'x', date: new Date(Date.UTC(2024, 0, day)).toISOString() });
    const classes = SearchIndex.build([
      dated('title-prefix', 'Rotary tricks', 1),
      dated('alias-prefix', '旋转', 2, ['rotation']),
      dated('word-start', 'Why rotate', 3),
      dated('anywhere', 'Carrot cake', 4),
    ]);
    expect(classes.complete('rot').map((choice) => choice.id)).toEqual(['title-prefix', 'alias-prefix', 'word-start', 'anywhere']);
    expect(classes.complete('rot', 2).map((choice) => choice.id)).toEqual(['title-prefix', 'alias-prefix']);
  });

  it('lists the newest titles for an empty query', () => {
    const newestFirst = [...corpus].sort((a, b) => b.date.getTime() - a.date.getTime()).map((a) => a.id);
    expect(completedIds('')).toEqual(newestFirst);
    expect(completedIds('   ', 3)).toEqual(newestFirst.slice(0, 3));
  });

  it('respects the visibility filter', () => {
    expect(completedIds('', 25, (id) => id !== 'lc-128')).not.toContain('lc-128');
    expect(completedIds('窗口', 25, () => false)).toEqual([]);
  });

  it('never returns more than 25 choices', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      article({ id: `note-${i}`, title: `Note ${i}`, body: 'x', date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() }),
    );
    const big = SearchIndex.build(many);
    expect(big.complete('note')).toHaveLength(25);
    expect(big.complete('note', 100)).toHaveLength(25);
    expect(big.complete('', 1000)).toHaveLength(25);
    expect(big.complete('note', 7)).toHaveLength(7);
    expect(big.complete('note', 0)).toEqual([]);
    // Newest first among equally good matches.
    expect(big.complete('note', 2).map((choice) => choice.id)).toEqual(['note-39', 'note-38']);
  });
});

describe('SearchIndex.suggest', () => {
  it('suggests the title closest to a misspelled query', () => {
    expect(index.suggest('flashatention')[0]).toBe('flash-attention');
    expect(index.suggest('rotery')[0]).toBe('rope');
    expect(index.suggest('difusion models')[0]).toBe('diffusion');
  });

  it('suggests by a Chinese title or alias with a wrong character', () => {
    expect(index.suggest('滑动窗囗')[0]).toBe('sliding-window');
    expect(index.suggest('旋转位置编吗')[0]).toBe('rope');
  });

  it('returns nothing when no title is close', () => {
    expect(index.suggest('zzzzqqq')).toEqual([]);
    expect(index.suggest('')).toEqual([]);
    expect(index.suggest('a')).toEqual([]);
    expect(index.suggest('x'.repeat(5000))).toEqual([]);
  });

  it('returns at most n ids and respects the filter', () => {
    expect(index.suggest('attention', 1)).toHaveLength(1);
    expect(index.suggest('attention', 5).length).toBeGreaterThan(1);
    expect(index.suggest('flashatention', 3, (id) => id !== 'flash-attention')).not.toContain('flash-attention');
  });
});

/**
 * The edit table cell by cell (what the bit-parallel distance computes a column at a time): rows
 * are the query's characters, a match may start anywhere in the name (the first row is all zeros),
 * and an adjacent swap is one edit.
 */
function referenceDistance(query: string, name: string): number {
  const rows = Array.from({ length: query.length + 1 }, (_, i) => new Array<number>(name.length + 1).fill(i === 0 ? 0 : i));
  for (let i = 1; i <= query.length; i++) {
    for (let j = 1; j <= name.length; j++) {
      const q = query[i - 1];
      const s = name[j - 1];
      let best = Math.min(rows[i - 1]![j - 1]! + (q === s ? 0 : 1), rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1);
      if (i > 1 && j > 1 && q === name[j - 2] && query[i - 2] === s) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return Math.min(...rows[query.length]!);
}

describe('substringEditDistance', () => {
  const distance = (query: string, name: string) => substringEditDistance(new QueryMasks(query), name);

  it('counts edits against the best-matching part of the name', () => {
    expect(distance('attention', 'flashattention')).toBe(0);
    expect(distance('attentoin', 'flashattention')).toBe(1);
    expect(distance('flashatention', 'flashattention原理')).toBe(1);
    expect(distance('滑动窗囗', '滑动窗口技巧')).toBe(1);
    expect(distance('abc', 'xyz')).toBe(3);
    expect(distance('abcdefgh', '')).toBe(8);
  });

  it("is the edit table's distance for queries of 1 to 64 characters, across the two words of its bit vectors", () => {
    // A small alphabet makes matches, swaps and repeated characters common; Chinese and a
    // character outside the BMP (two code units) are in it, as in titles. Names are mostly the
    // query misspelt (swaps, deletions, insertions, substitutions anywhere in it), so that edits
    // in the high word decide distances too, inside other text.
    const character = fc.constantFrom('a', 'b', 'c', 'd', '滑', '动', '窗', '𝔸');
    const edit = fc.record({ kind: fc.constantFrom('swap', 'delete', 'insert', 'substitute'), at: fc.nat(), char: character });
    const misspelt = (query: string, edits: { kind: string; at: number; char: string }[]): string =>
      edits.reduce((text, { kind, at, char }) => {
        const i = text.length === 0 ? 0 : at % text.length;
        if (kind === 'swap' && i + 1 < text.length) return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
        if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
        if (kind === 'insert') return text.slice(0, i) + char + text.slice(i);
        return text.slice(0, i) + char + text.slice(i + 1);
      }, query);
    fc.assert(
      fc.property(
        fc.array(character, { minLength: 1, maxLength: 64, size: 'max' }),
        fc.array(edit, { maxLength: 4 }),
        fc.array(character, { maxLength: 6 }),
        fc.array(character, { maxLength: 6 }),
        fc.boolean(),
        (queryChars, edits, before, after, unrelated) => {
          const query = queryChars.join('').slice(0, 64);
          const name = unrelated ? [...before, ...after].join('') : before.join('') + misspelt(query, edits) + after.join('');
          expect(distance(query, name)).toBe(referenceDistance(query, name));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("counts the query's 33rd to 64th characters (the high word) like the first 32", () => {
    const long = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';
    expect(long).toHaveLength(64);
    expect(distance(long, `xx${long}yy`)).toBe(0);
    expect(distance(long, long.slice(0, 40) + long.slice(41))).toBe(1);
    expect(distance(long, long.slice(0, 50) + long[51] + long[50] + long.slice(52))).toBe(1);
    expect(distance(long, long.slice(0, 63))).toBe(1);
  });
});

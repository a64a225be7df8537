import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.ts';
import { substringEditDistance } from '../../src/search/suggest.ts';
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

describe('substringEditDistance', () => {
  it('counts edits against the best-matching part of the name', () => {
    expect(substringEditDistance('attention', 'flashattention', 3)).toBe(0);
    expect(substringEditDistance('attentoin', 'flashattention', 3)).toBe(1);
    expect(substringEditDistance('flashatention', 'flashattention原理', 3)).toBe(1);
    expect(substringEditDistance('滑动窗囗', '滑动窗口技巧', 3)).toBe(1);
    expect(substringEditDistance('abc', 'xyz', 5)).toBe(3);
  });

  it('gives up above the limit', () => {
    expect(substringEditDistance('abcdefgh', 'zzzzzzzz', 2)).toBeGreaterThan(2);
  });
});

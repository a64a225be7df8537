import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchPage } from '../../src/search/index.ts';
import { article, corpus } from './fixture.ts';

const index = SearchIndex.build(corpus);
const ids = (page: SearchPage): string[] => page.hits.map((hit) => hit.id);
const byId = new Map(corpus.map((article) => [article.id, article]));
/** No article has all of these, so it falls back to any term and matches many articles. */
const BROAD = 'attention embedding softmax rotary 注意力';

describe('SearchIndex.search: Chinese', () => {
  it('finds a Chinese phrase typed without spaces', () => {
    expect(ids(index.search('滑动窗口'))[0]).toBe('sliding-window');
  });

  it('finds a Chinese phrase that only appears in a body', () => {
    const page = index.search('低秩分解');
    // The SVD note has 低秩 and 分解 but not together, so the bigram 秩分 keeps it out.
    expect(ids(page)).toEqual(['lora']);
    expect(byId.get('lora')!.title).not.toContain('低秩分解');
  });

  it('finds a LeetCode card by its Chinese title, number and slug words', () => {
    expect(ids(index.search('最长连续序列'))[0]).toBe('lc-128');
    expect(ids(index.search('128'))).toEqual(['lc-128']);
    expect(ids(index.search('consecutive sequence'))[0]).toBe('lc-128');
  });

  it('treats full-width Latin letters like ASCII', () => {
    expect(ids(index.search('ＬｏＲＡ'))[0]).toBe('lora');
  });
});

describe('SearchIndex.search: English and typos', () => {
  it('matches an English prefix inside a camel-case title', () => {
    expect(ids(index.search('flash'))[0]).toBe('flash-attention');
  });

  it('forgives one swapped pair of letters', () => {
    const found = ids(index.search('attentoin'));
    expect(found).toContain('attention-basics');
    expect(found).toContain('flash-attention');
  });

  it('says which spelling each hit was found by in place of a misspelt word, and only then', () => {
    const corrected = (query: string, id: string) => index.search(query).hits.find((hit) => hit.id === id)?.corrections;
    expect(corrected('attentoin', 'attention-basics')).toEqual(['attention']);
    expect(corrected('difusion', 'diffusion')).toEqual(['diffusion']);
    expect(corrected('diffusion', 'diffusion')).toEqual([]);
    // A longer word starting with the typed one holds it: nothing was corrected.
    expect(corrected('flash', 'flash-attention')).toEqual([]);
    expect(corrected('滑动窗口', 'sliding-window')).toEqual([]);
  });

  it('forgives one missing letter', () => {
    expect(ids(index.search('flashatention'))[0]).toBe('flash-attention');
    expect(ids(index.search('difusion'))).toEqual(['diffusion']);
  });

  it('matches a mixed Latin and Chinese query', () => {
    expect(ids(index.search('LoRA 低秩'))[0]).toBe('lora');
    expect(ids(index.search('LoRA低秩'))[0]).toBe('lora');
  });
});

describe('SearchIndex.search: matching and ranking', () => {
  it('requires all terms when some article has them all', () => {
    const page = index.search('rotary embedding');
    expect(ids(page).sort()).toEqual(['embedding-intro', 'rope', 'transformer-notes']);
  });

  it('falls back to any term when no article has them all', () => {
    const page = index.search('rotary unicorn');
    expect(page.total).toBeGreaterThan(0);
    expect(ids(page)[0]).toBe('rope');
    for (const id of ids(page)) expect(byId.get(id)!.body.toLowerCase()).toContain('rotary');
  });

  it('puts articles containing the exact phrase first, even over a higher score', () => {
    const page = index.search('rotary embedding');
    expect(ids(page)).toEqual(['rope', 'transformer-notes', 'embedding-intro']);
    const score = (id: string): number => page.hits.find((hit) => hit.id === id)!.score;
    // Without the phrase re-rank, embedding-intro would come before transformer-notes.
    expect(score('embedding-intro')).toBeGreaterThan(score('transformer-notes'));
  });

  it('ranks a title match above a body mention', () => {
    expect(ids(index.search('online softmax'))).toEqual(['online-softmax', 'flash-attention']);
    expect(ids(index.search('flash attention'))).toEqual(['flash-attention', 'transformer-notes']);
  });

  it('finds articles by alias', () => {
    expect(ids(index.search('快速注意力'))[0]).toBe('flash-attention');
    expect(ids(index.search('旋转位置编码'))[0]).toBe('rope');
  });
});

describe('SearchIndex.search: options', () => {
  it('filters by tag, case-insensitively', () => {
    const all = ids(index.search('attention', { limit: 50 }));
    expect(all).toContain('transformer-notes');
    const tagged = ids(index.search('attention', { tag: 'llm', limit: 50 }));
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged).not.toContain('transformer-notes');
    for (const id of tagged) expect(byId.get(id)!.tags).toContain('LLM');
    expect(ids(index.search('低秩', { tag: 'fine-tuning' }))).toEqual(['lora']);
    expect(index.search('低秩', { tag: 'no-such-tag' }).total).toBe(0);
  });

  it('hides ids the filter rejects, from hits and from the total', () => {
    const open = index.search('attention', { limit: 50 });
    const hidden = index.search('attention', { limit: 50, filter: (id) => id !== 'flash-attention' });
    expect(ids(hidden)).not.toContain('flash-attention');
    expect(hidden.total).toBe(open.total - 1);
  });

  it('falls back to any term among visible articles only', () => {
    const page = index.search('rotary unicorn', { filter: (id) => id !== 'rope' });
    expect(ids(page)).not.toContain('rope');
    expect(page.total).toBeGreaterThan(0);
  });

  it('pages with offset and limit, keeping the total', () => {
    const full = index.search(BROAD, { limit: 50 });
    expect(full.total).toBeGreaterThanOrEqual(6);
    expect(full.hits).toHaveLength(full.total);
    const second = index.search(BROAD, { limit: 2, offset: 2 });
    expect(second.total).toBe(full.total);
    expect(ids(second)).toEqual(ids(full).slice(2, 4));
    const past = index.search(BROAD, { offset: full.total + 3 });
    expect(past).toEqual({ total: full.total, hits: [] });
  });

  it.each([
    { phrase: '注意力机制', pieces: ['注意力机', '力机制'], titles: ['注意力机制笔记', '普通笔记', '机制与注意力'] },
    {
      phrase: 'rotary embedding',
      pieces: ['rotary', 'embedding', 'Rotary. Embedding'],
      titles: ['Rotary Embedding notes', 'plain notes', 'embedding and rotary'],
    },
  ])('pages through the phrase re-rank of "$phrase" exactly as the whole ranking orders it', ({ phrase, pieces, titles }) => {
    // Many articles with all the query's terms, some with the phrase in the body, some in the title:
    // a page tests bodies only until it is full, and must still show what the complete ranking shows.
    const generated = fc.sample(
      fc.record({
        title: fc.constantFrom(...titles),
        parts: fc.array(fc.constantFrom('filler', '其他', '说明', phrase, ...pieces), { minLength: 1, maxLength: 12 }),
      }),
      { numRuns: 120, seed: 14 },
    );
    const articles = generated.map((draft, i) =>
      article({ id: `n${i}`, title: `${draft.title} ${i}`, body: `${pieces[1]} ${pieces[0]} ${draft.parts.join(' ')}` }),
    );
    const phraseIndex = SearchIndex.build(articles);
    const whole = ids(phraseIndex.search(phrase, { limit: 200 }));
    expect(whole.length).toBe(articles.length);
    const tier = (id: string): number => {
      const found = articles.find((a) => a.id === id)!;
      return found.title.toLowerCase().includes(phrase) ? 0 : found.body.toLowerCase().replace('. ', ' ').includes(phrase) ? 1 : 2;
    };
    const tiers = whole.map(tier);
    expect(tiers).toEqual([...tiers].sort((x, y) => x - y));
    expect(new Set(tiers)).toEqual(new Set([0, 1, 2]));
    for (let offset = 0; offset < 80; offset += 5) {
      expect(ids(phraseIndex.search(phrase, { limit: 5, offset }))).toEqual(whole.slice(offset, offset + 5));
    }
  });

  it('returns 5 hits by default', () => {
    const page = index.search(BROAD);
    expect(page.total).toBeGreaterThan(5);
    expect(page.hits).toHaveLength(5);
  });
});

describe('SearchIndex.search: passages', () => {
  it('shows the matched passage', () => {
    expect(index.search('低秩分解').hits[0]!.passage).toContain('低秩分解');
    expect(index.search('flash').hits[0]!.passage).toContain('FlashAttention');
  });

  it('cuts a long body around the match, marking the cuts', () => {
    const hit = index.search('梯度检查点').hits[0]!;
    expect(hit.id).toBe('long-note');
    expect(hit.passage).toContain('梯度检查点');
    expect(hit.passage.startsWith('…')).toBe(true);
    expect(hit.passage.endsWith('…')).toBe(true);
    expect(hit.passage.length).toBeLessThanOrEqual(300);
  });

  it('is plain text without Markdown', () => {
    const passage = index.search('online softmax', { limit: 1 }).hits[0]!.passage;
    expect(passage).toContain('See the paper.');
    expect(passage).not.toMatch(/\]\(|https?:/);
  });

  it('uses the summary when only the summary matches', () => {
    const hit = index.search('重复计算').hits[0]!;
    expect(hit.id).toBe('kv-cache');
    expect(hit.passage).toBe(byId.get('kv-cache')!.summary);
  });

  it('uses the title when only the title or an alias matches', () => {
    const hit = index.search('快速注意力').hits[0]!;
    expect(hit.passage).toBe('FlashAttention 原理');
  });
});

describe('SearchIndex.search: hostile input', () => {
  it('returns nothing for empty, blank and punctuation-only queries', () => {
    for (const query of ['', '   ', '\t\n', '。，！', '***']) expect(index.search(query)).toEqual({ total: 0, hits: [] });
  });

  it('treats regex metacharacters as text', () => {
    expect(() => index.search('.*(')).not.toThrow();
    expect(index.search('.*(').total).toBe(0);
    expect(ids(index.search('LoRA.*(['))[0]).toBe('lora');
  });

  it('handles a 5,000-character query quickly', () => {
    const queries = ['attention softmax rotary '.repeat(200), '滑动窗口'.repeat(1250), 'x'.repeat(5000)];
    for (const query of queries) {
      expect(query.length).toBeGreaterThanOrEqual(5000);
      const started = performance.now();
      expect(() => index.search(query)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(1000);
    }
    expect(ids(index.search('滑动窗口'.repeat(1250)))[0]).toBe('sliding-window');
  });

  it('keeps its contract for arbitrary queries and paging', () => {
    const query = fc.oneof(
      fc.string({ maxLength: 60, size: 'max' }),
      fc.string({ unit: 'grapheme', maxLength: 60, size: 'max' }),
      fc.constantFrom(BROAD, '滑动窗口', 'attention'),
    );
    fc.assert(
      fc.property(query, fc.integer({ min: -3, max: 30 }), fc.integer({ min: -3, max: 30 }), (text, limit, offset) => {
        const page = index.search(text, { limit, offset });
        expect(page.hits.length).toBeLessThanOrEqual(Math.max(0, limit));
        expect(page.total).toBeGreaterThanOrEqual(page.hits.length + Math.max(0, Math.min(offset, page.total)));
        for (const hit of page.hits) {
          expect(byId.has(hit.id)).toBe(true);
          expect(hit.passage.length).toBeGreaterThan(0);
          expect(hit.passage.length).toBeLessThanOrEqual(300);
        }
      }),
      { numRuns: 300 },
    );
  });
});

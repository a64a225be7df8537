import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAround, passageFor } from '../../src/search/passage.ts';
import { adjacentSwaps, MAX_QUERY_TERMS, parseQuery } from '../../src/search/query.ts';
import { packBigram, termText } from '../../src/search/terms.ts';
import { analyze, compactForm, containsPhrase, emitTerms, indexTerms, isNfkcInvariant, markdownToPlain, normalize, phraseForm } from '../../src/search/text.ts';

const texts = (text: string): string[] => indexTerms(text).map(termText);

describe('indexTerms', () => {
  it('splits Chinese into overlapping bigrams and keeps a lone character', () => {
    expect(texts('滑动窗口')).toEqual(['滑动', '动窗', '窗口']);
    expect(texts('树')).toEqual(['树']);
    expect(texts('二叉树，树')).toEqual(['二叉', '叉树', '树']);
  });

  it('bigrams kana, Hangul and CJK extension characters too', () => {
    expect(texts('カタカナ')).toEqual(['カタ', 'タカ', 'カナ']);
    expect(texts('𠀀𠀁')).toEqual(['𠀀𠀁']);
  });

  it('keeps Latin words whole and lowercased, and splits them from adjacent CJK', () => {
    expect(texts('LoRA低秩 fine-tuning')).toEqual(['lora', '低秩', 'fine', 'tuning']);
  });

  it('adds the parts of camel-case words', () => {
    expect(texts('FlashAttention')).toEqual(expect.arrayContaining(['flashattention', 'flash', 'attention']));
    expect(texts('LoRA')).toEqual(['lora']);
  });

  it('normalises full-width characters and ignores punctuation', () => {
    expect(texts('ＦｌａｓｈＡｔｔｅｎｔｉｏｎ！')).toContain('flashattention');
    expect(texts('（低秩）、【分解】')).toEqual(['低秩', '分解']);
    expect(texts('.*( [] $^')).toEqual([]);
  });
});

describe('terms', () => {
  it('streams exactly the terms analyze() lists', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60, size: 'max' }), fc.constantFrom('FlashAttention 快速注意力 𠀀𠀁字', 'ＬｏＲＡ低秩 x'.repeat(3))),
        fc.boolean(),
        (text, camelParts) => {
          const streamed: unknown[] = [];
          emitTerms(text, camelParts, (term) => streamed.push(term));
          expect(streamed).toEqual(analyze(text, { camelParts }).terms);
        },
      ),
    );
  });

  it('packs Unified Ideograph bigrams as integers', () => {
    expect(typeof indexTerms('滑动')[0]).toBe('number');
    expect(packBigram('a'.charCodeAt(0), '动'.charCodeAt(0))).toBeNull();
  });

  it('turns every term back into its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30, size: 'max' }), (text) => {
        for (const term of indexTerms(text)) {
          expect(typeof term === 'string' || termText(term).length === 2).toBe(true);
          if (typeof term === 'number') expect(indexTerms(termText(term))).toEqual([term]);
        }
      }),
    );
  });
});

describe('markdownToPlain', () => {
  it('strips Markdown syntax but keeps the words and code', () => {
    const markdown = [
      '# 标题',
      '> 引用 **加粗** 和 _斜体_',
      '- [链接文字](https://example.com/x) ![图](a.png)',
      '```cpp',
      'unordered_set<int> seen;',
      '```',
      '| a | b |',
      '|---|---|',
      '<span>html</span> `code`',
    ].join('\n');
    const plain = markdownToPlain(markdown);
    expect(plain).toBe('标题 引用 加粗 和 斜体 链接文字 图 unordered_set<int> seen; a b html code');
  });
});

describe('phrase forms', () => {
  it('agree whether or not spaces separate Latin and CJK', () => {
    expect(phraseForm('LoRA 低秩')).toBe(phraseForm('LoRA低秩'));
    expect(phraseForm('  Rotary,   Embedding! ')).toBe('rotary embedding');
    expect(compactForm('Flash Attention')).toBe(compactForm('FlashAttention'));
  });

  it('match a Latin phrase only at a word start', () => {
    expect(containsPhrase('an exploration of lora', 'lora')).toBe(true);
    expect(containsPhrase('an exploration', 'lora')).toBe(false);
    expect(containsPhrase('flashattention', 'flash')).toBe(true);
    expect(containsPhrase('用lora微调', 'lora')).toBe(true);
    expect(containsPhrase('anything', '')).toBe(false);
  });
});

describe('normalize', () => {
  it('calls a text its own NFKC form only when it is', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isNfkcInvariant(char)) expect(char.normalize('NFKC')).toBe(char);
    }
    expect(isNfkcInvariant('LoRA 低秩适配\tx\n')).toBe(true);
    for (const text of ['ｆｕｌｌ', 'a\u3000b', '＃', 'ﬁ', 'e\u0301', '注意力，机制', '①']) expect(isNfkcInvariant(text)).toBe(false);
  });

  it('gives what String.normalize("NFKC") gives', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '\n', '\t', '~', '注', '㐀', '\u0301', 'ｆ', '\u3000', '，', 'ﬁ', 'Å', '\u212b', '😀', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(normalize(text)).toBe(text.normalize('NFKC'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseQuery', () => {
  it('caps the number of terms and removes duplicates', () => {
    expect(parseQuery('滑动窗口'.repeat(100)).terms.length).toBeLessThanOrEqual(4);
    const many = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(many).terms).toHaveLength(MAX_QUERY_TERMS);
    expect(parseQuery('的'.repeat(200) + '分解').terms.map((t) => termText(t.term))).toEqual(['的的', '的分', '分解']);
  });

  it('classifies terms', () => {
    expect(parseQuery('LoRA 128 低秩').terms.map((term) => term.kind)).toEqual(['latin', 'number', 'cjk']);
  });

  it('lists adjacent swaps', () => {
    expect(adjacentSwaps('abca')).toEqual(['baca', 'acba', 'abac']);
    expect(adjacentSwaps('attentoin')).toContain('attention');
  });
});

describe('passages', () => {
  it('returns short text whole and cuts long text to 300 characters around the focus', () => {
    expect(cutAround('short', { start: 0, end: 5 })).toBe('short');
    const long = 'a '.repeat(400) + 'TARGET' + ' b'.repeat(400);
    const passage = passageFor(long, 'target', ['target'])!;
    expect(passage).toContain('TARGET');
    expect(passage.length).toBeLessThanOrEqual(300);
    expect(passage.startsWith('…') && passage.endsWith('…')).toBe(true);
  });

  it('prefers the densest cluster of matched terms', () => {
    const text = `alpha ${'x '.repeat(300)} alpha beta gamma ${'y '.repeat(300)} gamma`;
    const passage = passageFor(text, 'alpha beta gamma delta', ['alpha', 'beta', 'gamma'])!;
    expect(passage).toContain('alpha beta gamma');
  });

  it('returns null when nothing matches', () => {
    expect(passageFor('nothing here', 'zzz', ['zzz'])).toBeNull();
    expect(passageFor('', 'a', ['a'])).toBeNull();
  });

  it('never exceeds 300 characters and shows a short matched term', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, size: 'max' }), fc.string({ minLength: 1, maxLength: 20 }), (text, term) => {
        const passage = passageFor(text, '', [term.toLowerCase()]);
        if (passage === null) return;
        expect(passage.length).toBeLessThanOrEqual(300);
        if (text.length === text.toLowerCase().length) expect(passage.toLowerCase()).toContain(term.toLowerCase().trim());
      }),
    );
  });
});

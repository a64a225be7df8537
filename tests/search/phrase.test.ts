/** The phrase re-rank's tests of names and bodies, and the index gate in front of them, against their plain definitions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseInto } from '../../src/search/analyse-article.ts';
import { runAtOnce } from '../../src/search/engine/gradual.ts';
import { SegmentBuilder } from '../../src/search/engine/segment-builder.ts';
import type { Segment } from '../../src/search/engine/segment.ts';
import { nameEntry, writeNameSketch } from '../../src/search/names.ts';
import { PhraseGate, PhraseMatcher, phrasePieces, rawPhrasePattern } from '../../src/search/phrase.ts';
import { containsPhrase, phraseForm } from '../../src/search/text.ts';
import type { Article } from '../../src/corpus/types.ts';
import { article } from './fixture.ts';

/** Words, CJK runs, separators and Markdown markers that phrases are made of and bodies hide them in. */
const WORDS = ['LoRA', 'lora', 'rank', 'Rank', 'x', '低秩', '适配', '矩阵', '秩', '注意力', 'loras', 'alora'];
// Emphasis markers come with a space before: "LoRA**Rank" is one word to the index (see the last test).
const GLUE = [' ', '', ' **', '** ', '，', ': ', '\n', '. ', '`', '         ', 'a', '1', '\u3000', '\t-'];
/** Letters that only look like separators to a pattern: the index reads text NFKC-normalised, where they are "s" and "K". */
const LOOKALIKES = ['ſ', '\u212a'];
const textOf = (glue: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...glue)), { maxLength: 14, size: 'max' })
    .map((parts) => parts.map(([word, after]) => word + after).join(''));
const text = textOf([...GLUE, ...LOOKALIKES]);
const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .chain((words) => fc.constantFrom(words.join(' '), words.join('')))
  .map(phraseForm)
  .filter((form) => form !== '');

function segmentOf(articles: readonly Article[]): Segment {
  const builder = new SegmentBuilder();
  runAtOnce(analyseInto(builder, articles));
  return runAtOnce(builder.build());
}

describe('PhraseMatcher', () => {
  it('finds the phrase in a body exactly where the raw pattern does (the Chinese anchor and the hand comparison included)', () => {
    fc.assert(
      fc.property(phrase, text, (form, body) => {
        const pattern = rawPhrasePattern(phrasePieces(form))!;
        expect(new PhraseMatcher(form).inText(article({ id: 'a', title: 't', body }))).toBe(pattern.test(body));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a phrase whose pieces are split by separators, in any case, exactly where the raw pattern does', () => {
    const separators = fc.array(fc.constantFrom(' ', '*', '，', '\u3000', '\t', '-', '\u2014', '：'), { maxLength: 10 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        phrase,
        fc.array(separators, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('', 'x', '前', 'ſ'),
        (form, gaps, upper, before) => {
          const pieces = phrasePieces(form);
          const spelt = pieces.map((piece, i) => (i > 0 ? gaps[i % gaps.length]! : '') + (upper ? piece.toUpperCase() : piece)).join('');
          const body = `${before}${spelt} 之后`;
          expect(new PhraseMatcher(form).inText(article({ id: 'a', title: 't', body }))).toBe(rawPhrasePattern(pieces)!.test(body));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds the phrase in a name exactly as a plain comparison of the phrase forms does', () => {
    fc.assert(
      fc.property(phrase, text, fc.array(text, { maxLength: 2 }), (form, title, aliases) => {
        const name = nameEntry(0, title, aliases, new Date(0));
        const compact = form.replace(/ /g, '');
        // A phrase typed without spaces is compared with the names as they are spelt only.
        const expected = containsPhrase(name.keySpaced, form) || (compact !== form && containsPhrase(name.keyCompact, compact));
        expect(new PhraseMatcher(form).inName(name)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("never rules out by the names' sketch a name that holds the phrase, and rules out most that do not", () => {
    let ruledOut = 0;
    let without = 0;
    fc.assert(
      fc.property(phrase, text, fc.array(text, { maxLength: 2 }), (form, title, aliases) => {
        const name = nameEntry(0, title, aliases, new Date(0));
        const sketch = new Int32Array(2);
        writeNameSketch(sketch, 0, name);
        const matcher = new PhraseMatcher(form);
        if (matcher.inName(name)) expect(matcher.mayBeNamed(sketch, 0)).toBe(true);
        else {
          without++;
          if (!matcher.mayBeNamed(sketch, 0)) ruledOut++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(ruledOut / without).toBeGreaterThan(0.3);
  });
});

describe('PhraseGate', () => {
  it('never rules out a body that holds the phrase', () => {
    fc.assert(
      fc.property(phrase, fc.array(textOf(GLUE), { minLength: 1, maxLength: 6 }), (form, bodies) => {
        const articles = bodies.map((body, i) => article({ id: `a${i}`, title: `t${i}`, body }));
        const gate = PhraseGate.of(form, [segmentOf(articles)], [0]);
        const pattern = rawPhrasePattern(phrasePieces(form))!;
        articles.forEach((held, doc) => {
          if (pattern.test(held.body)) expect(gate.mayHold(doc)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('rules out every body when the phrase starts with a word no indexed word starts with (a misspelling)', () => {
    const articles = [article({ id: 'a', title: 'a', body: 'network networks and netwo' }), article({ id: 'b', title: 'b', body: 'other text' })];
    const gate = PhraseGate.of(phraseForm('networrk'), [segmentOf(articles)], [0]);
    expect([gate.mayHold(0), gate.mayHold(1)]).toEqual([false, false]);
    // A word's prefix is checked in the vocabulary only, not per document.
    const correct = PhraseGate.of(phraseForm('netw'), [segmentOf(articles)], [0]);
    expect([correct.mayHold(0), correct.mayHold(1)]).toEqual([true, true]);
  });

  it('judges a body as the index reads it: a word glued to the one before by emphasis markers is part of it', () => {
    // The index reads "LoRA**RankRank" as the word "lorarankrank", so a search for "rankrank" does not find it there either.
    const gate = PhraseGate.of(phraseForm('rankrank'), [segmentOf([article({ id: 'a', title: 'a', body: 'LoRA**RankRank' })])], [0]);
    expect(gate.mayHold(0)).toBe(false);
  });

  it('rules out the bodies without the bigram where two Chinese terms meet, in each segment by its own terms', () => {
    const main = [article({ id: 'a', title: 'a', body: '低秩 适配' }), article({ id: 'b', title: 'b', body: '低秩适配矩阵' })];
    const delta = [article({ id: 'c', title: 'c', body: '低秩。适配' }), article({ id: 'd', title: 'd', body: '先低秩适配' })];
    const gate = PhraseGate.of(phraseForm('低秩 适配'), [segmentOf(main), segmentOf(delta)], [0, 2]);
    expect([0, 1, 2, 3].map((doc) => gate.mayHold(doc))).toEqual([false, true, false, true]);
    const nowhere = PhraseGate.of(phraseForm('适配低秩'), [segmentOf(main)], [0]);
    expect([nowhere.mayHold(0), nowhere.mayHold(1)]).toEqual([false, false]);
  });
});

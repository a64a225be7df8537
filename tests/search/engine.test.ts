/** The engine's parts: the typo index, the posting arrays and the scorer, checked against plain definitions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAtOnce, runGradually, sortSteps } from '../../src/search/engine/gradual.ts';
import { bitCount } from '../../src/search/engine/bits.ts';
import { IntIds } from '../../src/search/engine/int-ids.ts';
import { Admission } from '../../src/search/engine/scorer/admission.ts';
import { DenseTerms, positionOf } from '../../src/search/engine/scorer/dense-terms.ts';
import { bestFirst } from '../../src/search/engine/scorer/order.ts';
import { Scorer } from '../../src/search/engine/scorer/scorer.ts';
import { SegmentBuilder } from '../../src/search/engine/segment-builder.ts';
import { IMPACT_STEPS, Segment, type FieldTerms } from '../../src/search/engine/segment.ts';
import { lowerBound, upperBound } from '../../src/search/engine/sorted-search.ts';
import { deletionIndex, oneEditNeighbours, withinOneEdit } from '../../src/search/engine/typos.ts';
import { indexTerms, markdownToPlain } from '../../src/search/text.ts';
import { corpus } from './fixture.ts';

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('typo index', () => {
  it('says "one edit apart" exactly when the edit distance is at most 1', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }),
        fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') }),
        (a, b) => {
          expect(withinOneEdit(a, b)).toBe(levenshtein(a, b) <= 1);
        },
      ),
    );
  });

  it('finds every vocabulary word one edit away, and nothing else', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 3, maxLength: 7, unit: letters }), { maxLength: 40, size: 'max' }),
        fc.string({ minLength: 4, maxLength: 7, unit: letters }),
        (vocabulary, word) => {
          const keys = runAtOnce(deletionIndex(vocabulary.map((text, id) => [text, id] as const)));
          const found = oneEditNeighbours(keys, word, (id) => vocabulary[id] ?? null)
            .map((id) => vocabulary[id])
            .sort();
          const expected = vocabulary.filter((text) => text !== word && levenshtein(text, word) <= 1).sort();
          expect(found).toEqual(expected);
        },
      ),
    );
  });
});

const fieldTerms: FieldTerms[] = corpus.map((article) => [
  indexTerms(article.title),
  article.aliases.flatMap(indexTerms),
  article.tags.flatMap(indexTerms),
  indexTerms(markdownToPlain(article.body)),
]);

function built(): Segment {
  const builder = new SegmentBuilder();
  for (const fields of fieldTerms) builder.add(fields);
  return runAtOnce(builder.build());
}

describe('Segment', () => {
  const segment = built();

  it('lists, for every term, exactly the documents that contain it, in order', () => {
    fieldTerms.forEach((fields, doc) => {
      const terms = new Set(fields.flat());
      for (const term of terms) {
        const id = segment.termId(term);
        expect(id).toBeGreaterThanOrEqual(0);
        expect(segment.has(id, doc)).toBe(true);
      }
    });
    for (let id = 0; id < segment.termCount; id++) {
      const docs = Array.from(segment.docs.subarray(segment.termStart[id], segment.termStart[id + 1]));
      expect(docs).toEqual([...new Set(docs)].sort((a, b) => a - b));
      for (const doc of docs) expect(fieldTerms[doc]!.flat().map(String)).toContain(String(fieldTerms.flat(2).find((t) => segment.termId(t) === id)));
      const impacts = segment.impacts.subarray(segment.termStart[id], segment.termStart[id + 1]);
      // Stored in steps of the term's best score: the best posting is the top step, and decodes to it.
      expect(Math.max(...impacts)).toBe(IMPACT_STEPS);
      expect(Math.max(...impacts) * segment.stepOf(id)).toBeCloseTo(segment.maxImpact[id]!, 5);
    }
  });

  it('scores a title occurrence above the same occurrence in the body', () => {
    const builder = new SegmentBuilder();
    builder.add([['rope'], [], [], ['x']]);
    builder.add([['x'], [], [], ['rope']]);
    const small = runAtOnce(builder.build());
    const id = small.termId('rope');
    expect(small.impacts[small.termStart[id]!]!).toBeGreaterThan(small.impacts[small.termStart[id]! + 1]!);
  });

  it('comes back the same from its arrays (what the cache stores)', () => {
    const copy = runAtOnce(Segment.restore(segment.toData()));
    for (const term of new Set(fieldTerms.flat(2))) expect(copy.termId(term)).toBe(segment.termId(term));
    expect(copy.latinSorted).toEqual(segment.latinSorted);
  });

  it('builds an empty segment', () => {
    const empty = runAtOnce(new SegmentBuilder().build());
    expect(empty.termCount).toBe(0);
    expect(empty.termId('x')).toBe(-1);
    expect(empty.prefixRange('abcd')).toEqual([0, 0]);
  });
});

describe('IntIds', () => {
  it('gives each distinct key one stable id, across growth, like a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 }), { maxLength: 3000, size: 'max' }), (keys) => {
        const table = new IntIds(2);
        const reference = new Map<number, number>();
        for (const key of keys) {
          const expected = reference.get(key) ?? reference.size;
          if (!reference.has(key)) reference.set(key, expected);
          expect(table.idOf(key, () => reference.size - 1)).toBe(expected);
        }
        for (const [key, id] of reference) expect(table.get(key)).toBe(id);
        const copy = IntIds.of([...reference.keys()], [...reference.values()]);
        for (const [key, id] of reference) expect(copy.get(key)).toBe(id);
        expect(copy.get(2 ** 30)).toBe(-1);
      }),
    );
  });
});

describe('sorted searches and bit counts', () => {
  it('finds where values below, and at most, a target end in a sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60, size: 'max' }), fc.integer({ min: -7, max: 7 }), (values, target) => {
        const sorted = Float64Array.from(values).sort();
        expect(lowerBound(sorted, target)).toBe(values.filter((v) => v < target).length);
        expect(upperBound(sorted, target)).toBe(values.filter((v) => v <= target).length);
      }),
    );
  });

  it('counts the set bits of any 32-bit word', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (word) => {
        expect(bitCount(word)).toBe([...(word >>> 0).toString(2)].filter((digit) => digit === '1').length);
      }),
    );
  });
});

describe('sortSteps', () => {
  it('sorts like Array.prototype.sort, stably, across runs and merges', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 50 }), tag: fc.nat() }), { maxLength: 9000, size: 'max' }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(runAtOnce(sortSteps(items, byKey))).toEqual([...items].sort(byKey));
      }),
      { numRuns: 30 },
    );
  });
});

describe('Scorer', () => {
  /** Documents of letters: "a" is in nearly every document (a query of such terms takes the dense walk), "f" in few (the sparse one). */
  const letter = fc.oneof({ arbitrary: fc.constantFrom('a', 'a', 'a', 'b', 'b', 'c', 'd', 'e'), weight: 30 }, { arbitrary: fc.constant('f'), weight: 1 });
  // size 'max': fast-check otherwise makes arrays of about ten, whatever maxLength says.
  const documents = fc.array(fc.array(letter, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 120, size: 'max' });

  it('ranks the documents holding every term as plain sums of their postings would, over one segment or two', () => {
    // A term may match two index terms (a prefix or a typo does), the second at a lower weight.
    const term = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(documents, fc.array(term, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 20 }), fc.nat(), (docs, query, want, cut) => {
        // The documents from `split` on are a second segment (as changed articles are), numbered after the first's.
        const split = cut % (docs.length + 1);
        const segments = [docs.slice(0, split), docs.slice(split)].map((part) => {
          const builder = new SegmentBuilder();
          for (const letters of part) builder.add([[], [], [], letters]);
          return runAtOnce(builder.build());
        });
        const bases = [0, split];
        const scorer = new Scorer(segments, bases, docs.length);
        const admitAll = new Admission(null, new Float64Array(docs.length), Number.POSITIVE_INFINITY, null, 0, null);
        const terms = query.map((letters) =>
          scorer.plan(
            segments.flatMap((segment, index) =>
              letters.flatMap((letter, i) =>
                segment.termId(letter) < 0 ? [] : [{ segment: index, termId: segment.termId(letter), weight: i === 0 ? 1 : 0.5 }],
              ),
            ),
          ),
        );
        const ranked = scorer.all(terms, admitAll, want);
        // The reference adds the terms rarest first, as the scorer does, so the sums agree to the last bit.
        const rarestFirst = [...terms].sort((a, b) => a.postings - b.postings);
        const scores = docs.flatMap((_, doc) => {
          const index = doc < split ? 0 : 1;
          const segment = segments[index]!;
          let sum = 0;
          for (const { alternatives } of rarestFirst) {
            let found = false;
            for (const alt of alternatives) {
              if (alt.segment !== index) continue;
              const at = segment.find(alt.termId, doc - bases[index]!);
              if (at < 0) continue;
              sum += alt.weight * segment.stepOf(alt.termId) * segment.impacts[at]!;
              found = true;
            }
            if (!found) return [];
          }
          return [{ doc, score: sum * terms.length }];
        });
        if (scores.length === 0) {
          expect(ranked).toBeNull();
          return;
        }
        scores.sort((x, y) => y.score - x.score || x.doc - y.doc);
        const floor = scores[Math.min(want, scores.length) - 1]!.score;
        const expected = scores.filter((entry) => entry.score >= floor);
        expect(ranked).toEqual({ docs: expected.map((entry) => entry.doc), scores: expected.map((entry) => entry.score), total: scores.length });
      }),
      { numRuns: 800 },
    );
  });

  it("ranks by the impact-ordered walk exactly as by the postings walk, with the member's bits, wherever it stops or gives up", () => {
    // Single-letter terms of one segment, each its only alternative, and an admission with its
    // bits: what the impact-ordered walk takes. Kept postings from 1 (it gives up at once) to more
    // than any term has (it may meet every document of a term).
    fc.assert(
      fc.property(
        fc.array(fc.array(letter, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 120, size: 'max' }),
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 130 }),
        fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
        (docs, letters, want, orderLength, hidden) => {
          const builder = new SegmentBuilder();
          for (const words of docs) builder.add([[], [], [], words]);
          const segment = runAtOnce(builder.build());
          const dates = Float64Array.from(docs, (_, doc) => (hidden[doc] ? 2 : 1));
          const bits = new Uint32Array((docs.length + 31) >>> 5);
          dates.forEach((date, doc) => {
            if (date <= 1) bits[doc >>> 5]! |= 1 << (doc & 31);
          });
          const planned = (scorer: Scorer) =>
            letters.filter((letter) => segment.termId(letter) >= 0).map((letter) => scorer.plan([{ segment: 0, termId: segment.termId(letter), weight: 1 }]));
          const byImpact = new Scorer([segment], [0], docs.length, orderLength);
          const byPostings = new Scorer([segment], [0], docs.length, orderLength);
          const terms = planned(byImpact);
          if (terms.length === 0) return;
          const expected = byPostings.all(terms, new Admission(null, dates, 1, null, 0, null), want);
          // Twice: the second time from the terms' kept bits and order.
          for (let round = 0; round < 2; round++) expect(byImpact.all(terms, new Admission(null, dates, 1, null, 0, null, bits), want)).toEqual(expected);
        },
      ),
      { numRuns: 800 },
    );
  });

  it("keeps a common term's best postings best first (ties by document), and finds any of its documents' postings by rank", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(letter, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 300, size: 'max' }),
        fc.integer({ min: 1, max: 400 }),
        (docs, orderLength) => {
          const builder = new SegmentBuilder();
          for (const words of docs) builder.add([[], [], [], words]);
          const segment = runAtOnce(builder.build());
          const dense = new DenseTerms(segment, orderLength);
          for (let termId = 0; termId < segment.termCount; termId++) {
            const start = segment.termStart[termId]!;
            const positions = Array.from({ length: segment.postingCount(termId) }, (_, i) => start + i);
            const best = [...positions].sort((a, b) => segment.impacts[b]! - segment.impacts[a]! || segment.docs[a]! - segment.docs[b]!);
            const term = dense.of(termId);
            expect(Array.from(term.docs)).toEqual(best.slice(0, orderLength).map((position) => segment.docs[position]));
            expect(Array.from(term.impacts)).toEqual(best.slice(0, orderLength).map((position) => segment.impacts[position]));
            for (const position of positions) expect(positionOf(term, segment.docs[position]!)).toBe(position);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps common terms within its memory budget, the least recently used dropped first', () => {
    const builder = new SegmentBuilder();
    for (let doc = 0; doc < 64; doc++) builder.add([[], [], [], doc % 2 === 0 ? ['a', 'b', 'c'] : ['a', 'c']]);
    const segment = runAtOnce(builder.build());
    const [a, b, c] = ['a', 'b', 'c'].map((letter) => segment.termId(letter));
    const roomy = new DenseTerms(segment, 8);
    const first = roomy.of(a!);
    roomy.of(b!);
    expect(roomy.of(a!)).toBe(first);
    // Room for about two terms: using b then c drops a, the least recently used; made again, it is equal.
    const budget = 2 * (8 * 6 + 2 * 4 * 2) + 8;
    const tight = new DenseTerms(segment, 8, budget);
    const kept = tight.of(a!);
    tight.of(b!);
    expect(tight.of(a!)).toBe(kept);
    tight.of(b!);
    tight.of(c!);
    const remade = tight.of(a!);
    expect(remade).not.toBe(kept);
    expect(remade).toEqual(kept);
  });

  it('orders documents by key, best first, ties by document number', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 100 }),
        fc.array(fc.constantFrom(0, 0.5, 1, 2.25, 7), { minLength: 100, maxLength: 100 }),
        (docs, values) => {
          const key = Float64Array.from(values);
          expect(bestFirst(docs, key)).toEqual([...docs].sort((a, b) => key[b]! - key[a]! || a - b));
        },
      ),
    );
  });
});

describe('runGradually', () => {
  function* spinning(steps: number, msEach: number, log: string[]): Generator<void, number> {
    for (let i = 0; i < steps; i++) {
      log.push(`step ${i}`);
      const until = performance.now() + msEach;
      while (performance.now() < until);
      yield;
    }
    return steps;
  }

  it('gives the event loop a turn before each run, so runs awaited back to back never add up', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('turn 1'));
    await runGradually(spinning(1, 0, log));
    setImmediate(() => log.push('turn 2'));
    await runGradually(spinning(1, 0, log));
    expect(log).toEqual(['turn 1', 'step 0', 'turn 2', 'step 0']);
  });

  it('gives the event loop a turn whenever a slice has lasted its time', async () => {
    const log: string[] = [];
    // A callback that takes every turn the event loop gets while the run goes on.
    let running = true;
    const takeTurn = (): void => {
      log.push('turn');
      if (running) setImmediate(takeTurn);
    };
    setImmediate(takeTurn);
    // Six steps of 4 ms in slices of 10 ms: the run must let the loop in between its first and last step.
    const result = await runGradually(spinning(6, 4, log), 10);
    running = false;
    expect(result).toBe(6);
    expect(log.slice(log.indexOf('step 0'), log.indexOf('step 5'))).toContain('turn');
  });
});

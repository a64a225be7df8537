import fc from 'fast-check';
import { Rating, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/corpus/library.ts';
import { reviewLogCsv } from '../../src/habits/review-export.ts';
import { replayedCards } from '../../src/habits/schedule-fit/replay.ts';
import { trainingItems } from '../../src/habits/schedule-fit/training-items.ts';
import { emptyDeck, recordReview, replaceGrade, revertReview } from '../../src/quiz/deck.ts';
import { DEFAULT_WEIGHTS } from '../../src/quiz/fsrs.ts';
import { readLog } from '../../src/quiz/review-log.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T08:00:00Z');
const at = (days: number) => new Date(T0 + days * DAY);
const library = (titles: Record<string, string>) => ({ articles: Object.entries(titles).map(([id, title]) => ({ id, title })) }) as unknown as Library;

describe('the review log kept in the deck', () => {
  it('records each review with the state before it and the interval it gave; undo removes it; a regrade rewrites it', () => {
    const deck = emptyDeck();
    recordReview(deck, 'a', Rating.Good, at(0), null);
    const second = recordReview(deck, 'a', Rating.Good, at(3), null);
    const other = recordReview(deck, 'b', Rating.Again, at(3), null);
    const log = readLog(deck.log);
    expect(log.map((r) => [r.articleId, r.grade, r.stateBefore])).toEqual([
      ['a', 3, 0],
      ['a', 3, 2],
      ['b', 1, 0],
    ]);
    expect(log[1]!.intervalDays).toBe(deck.cards.a!.fsrs!.scheduledDays);

    replaceGrade(deck, other, Rating.Easy);
    expect(readLog(deck.log)[2]).toMatchObject({ grade: Rating.Easy, intervalDays: deck.cards.b!.fsrs!.scheduledDays });
    revertReview(deck, second);
    expect(readLog(deck.log).map((r) => r.id)).toEqual([1, 3]);
  });

  it('exports CSV in time order with titles, quoting what needs quotes', () => {
    const deck = emptyDeck();
    recordReview(deck, 'b', Rating.Hard, at(1), null);
    recordReview(deck, 'a', Rating.Good, at(0), null);
    recordReview(deck, 'gone', Rating.Again, at(2), null);
    const csv = reviewLogCsv(deck.log, library({ a: '1. 两数之和', b: 'Say "hi", then\nleave' }));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('card_id,title,review_time,review_rating,interval_days,review_state');
    expect(lines[1]).toMatch(/^a,1\. 两数之和,2026-06-01T08:00:00\.000Z,3,\d+,0$/);
    expect(lines[2]).toMatch(/^b,"Say ""hi"", then\nleave",2026-06-02T08:00:00\.000Z,2,\d+,0$/);
    expect(lines[3]).toMatch(/^gone,,2026-06-03T08:00:00\.000Z,1,\d+,0$/);
    expect(lines[4]).toBe('');
  });

  it('turns the log into optimizer items: one per review after the first, whole days apart, complete histories only', () => {
    const deck = emptyDeck();
    recordReview(deck, 'a', Rating.Good, at(0), null);
    recordReview(deck, 'a', Rating.Good, at(2.5), null);
    recordReview(deck, 'a', Rating.Again, at(9), null);
    // A card studied before the log existed: its first logged review does not find it new.
    deck.log.push([99, T0, 'old', Rating.Good, 2, 10]);
    expect(trainingItems(deck.log)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
        { rating: 1, deltaT: 6 },
      ],
    ]);
  });

  it('replaying the log with the default weights gives back exactly the cards as reviewed, so fitting can be reverted', () => {
    const grade = fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy);
    const review = fc.record({ card: fc.constantFrom('a', 'b', 'c'), gapHours: fc.integer({ min: 0, max: 24 * 40 }), grade });
    fc.assert(
      fc.property(fc.array(review, { minLength: 1, maxLength: 40, size: 'max' }), (reviews) => {
        const deck = emptyDeck();
        let time = T0;
        for (const r of reviews) {
          time += r.gapHours * 3_600_000;
          recordReview(deck, r.card, r.grade, new Date(time), null);
        }
        const fitted = DEFAULT_WEIGHTS.map((w, i) => (i < 4 ? w * 0.5 : w));
        const changed = replayedCards({ ...deck }, fitted);
        const back = replayedCards({ ...deck, cards: changed }, null);
        for (const id of Object.keys(deck.cards)) expect(back[id]!.fsrs).toEqual(deck.cards[id]!.fsrs);
        expect(Object.values(changed).some((c, i) => c.fsrs!.stability !== Object.values(deck.cards)[i]!.fsrs!.stability)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

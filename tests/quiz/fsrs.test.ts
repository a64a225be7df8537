import fc from 'fast-check';
import { Rating, State, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { GRADES, MAXIMUM_INTERVAL_DAYS, previewIntervals, retrievability, review, type StoredCard } from '../../src/quiz/fsrs.ts';

const DAY_MS = 86_400_000;
const start = new Date('2026-03-01T09:00:00Z');

/** Answers `grades` in turn, each on the day the previous answer scheduled (plus `lateDays`). */
function walk(grades: readonly Grade[], lateDays: readonly number[] = []): { card: StoredCard; at: Date }[] {
  const history: { card: StoredCard; at: Date }[] = [];
  let card: StoredCard | null = null;
  let at = start;
  grades.forEach((grade, i) => {
    card = review(card, grade, at);
    history.push({ card, at });
    at = new Date(card.due + (lateDays[i] ?? 0) * DAY_MS);
  });
  return history;
}

describe('FSRS schedule', () => {
  it('schedules a concrete sequence whole days ahead, growing on success and shrinking on a lapse', () => {
    const steps = walk([Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good]);
    const days = steps.map((s) => s.card.scheduledDays);
    expect(days[0]).toBeGreaterThanOrEqual(1);
    expect(days[1]).toBeGreaterThan(days[0]!);
    expect(days[2]).toBeGreaterThan(days[1]!);
    expect(days[3]).toBeLessThan(days[2]!);
    expect(steps[3]!.card.lapses).toBe(1);
    for (const { card, at } of steps) {
      expect(card.due - at.getTime()).toBe(card.scheduledDays * DAY_MS);
      expect(card.state).toBe(State.Review);
    }
  });

  it('gives Again on a new card one day, not minutes', () => {
    const card = review(null, Rating.Again, start);
    expect(card.scheduledDays).toBe(1);
    expect(card.due).toBe(start.getTime() + DAY_MS);
  });

  it('never schedules less than a day or more than a year, whatever the answers and delays', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GRADES), { minLength: 1, maxLength: 30, size: 'max' }),
        fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 30, size: 'max' }),
        (grades, lateDays) => {
          for (const { card, at } of walk(grades, lateDays)) {
            expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
            expect(card.scheduledDays).toBeLessThanOrEqual(MAXIMUM_INTERVAL_DAYS);
            expect(card.due - at.getTime()).toBeGreaterThanOrEqual(DAY_MS);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reaches the one-year cap without passing it', () => {
    const steps = walk(Array.from({ length: 15 }, () => Rating.Easy));
    expect(steps.at(-1)!.card.scheduledDays).toBe(MAXIMUM_INTERVAL_DAYS);
  });

  it('previews exactly the intervals that rating gives', () => {
    const card = walk([Rating.Good, Rating.Hard])[1]!.card;
    const at = new Date(card.due);
    const preview = previewIntervals(card, at);
    for (const grade of GRADES) expect(preview[grade]).toBe(review(card, grade, at).scheduledDays);
    expect(preview[Rating.Again]).toBeLessThanOrEqual(preview[Rating.Hard]);
    expect(preview[Rating.Hard]).toBeLessThanOrEqual(preview[Rating.Good]);
    expect(preview[Rating.Good]).toBeLessThanOrEqual(preview[Rating.Easy]);
  });

  it('survives a JSON round trip (how every store keeps it)', () => {
    const card = walk([Rating.Good, Rating.Easy])[1]!.card;
    const copy = JSON.parse(JSON.stringify(card)) as StoredCard;
    const at = new Date(card.due + 3 * DAY_MS);
    expect(review(copy, Rating.Good, at)).toEqual(review(card, Rating.Good, at));
  });

  it('reads recall as falling over time, and zero for a card never studied', () => {
    const card = review(null, Rating.Good, start);
    expect(retrievability(null, start)).toBe(0);
    const soon = retrievability(card, new Date(start.getTime() + DAY_MS));
    const late = retrievability(card, new Date(start.getTime() + 30 * DAY_MS));
    expect(soon).toBeGreaterThan(late);
    expect(retrievability(card, new Date(card.due))).toBeCloseTo(0.9, 1);
  });
});

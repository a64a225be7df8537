import { Rating, type Grade } from 'ts-fsrs';
import { recordReview, type MemberDeck } from '../src/quiz/deck.ts';

const DAY = 24 * 60 * 60 * 1000;

export interface HistoryOptions {
  /** Card ids to introduce, a few per day from `start`. */
  cards: string[];
  start: Date;
  end: Date;
  seed?: number;
  /**
   * How much faster than the default model predicts this member forgets: recall after t days is
   * 0.9^(t / (stability × forgetting)). Below 1, the fitted parameters must differ from the defaults.
   */
  forgetting?: number;
}

/**
 * A reproducible review history, recorded through the deck's own recordReview day by day: each
 * card is reviewed when due, and answered Again with the probability a "true" memory gives.
 */
export function generateReviewHistory(deck: MemberDeck, options: HistoryOptions): number {
  let seed = options.seed ?? 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const forgetting = options.forgetting ?? 0.5;
  const introduced: string[] = [];
  let reviews = 0;
  for (let day = options.start.getTime(); day < options.end.getTime(); day += DAY) {
    const at = (hour: number) => new Date(day + hour * 60 * 60 * 1000);
    const due = introduced.filter((id) => (deck.cards[id]?.fsrs?.due ?? Infinity) < day + DAY);
    for (const id of due) {
      const card = deck.cards[id]!.fsrs!;
      const elapsed = Math.max(0, (day - (card.lastReview ?? day)) / DAY);
      const recall = Math.pow(0.9, elapsed / Math.max(0.1, card.stability * forgetting));
      const roll = random();
      const grade: Grade = roll > recall ? Rating.Again : roll < recall * 0.1 ? Rating.Easy : roll > recall * 0.85 ? Rating.Hard : Rating.Good;
      recordReview(deck, id, grade, at(8 + random() * 12), null);
      reviews++;
    }
    for (let i = 0; i < 2 && introduced.length < options.cards.length; i++) {
      const id = options.cards[introduced.length]!;
      introduced.push(id);
      recordReview(deck, id, random() < 0.3 ? Rating.Again : Rating.Good, at(21), null);
      reviews++;
    }
  }
  return reviews;
}

export const syntheticCards = (count: number) => Array.from({ length: count }, (_, i) => `generated-${String(i + 1).padStart(4, '0')}`);

import type { ReviewLogEntry } from '../../quiz/review-log.ts';
import { reviewsByCard } from '../../quiz/review-log.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One review as the FSRS optimizer reads it: the grade and whole days since the card's previous review. */
export interface TrainingReview {
  rating: number;
  deltaT: number;
}

/**
 * Each card's reviews as the optimizer reads them, for cards whose whole history is in the log (its
 * first logged review found it new). Cards first studied before the log existed are left out: their
 * first intervals are unknown.
 */
export function trainingHistories(log: readonly ReviewLogEntry[]): TrainingReview[][] {
  const histories: TrainingReview[][] = [];
  for (const reviews of reviewsByCard(log).values()) {
    if (reviews[0]?.stateBefore !== 0) continue;
    histories.push(
      reviews.map((review, index) => ({ rating: review.grade, deltaT: index === 0 ? 0 : Math.floor((review.at - reviews[index - 1]!.at) / DAY_MS) })),
    );
  }
  return histories;
}

/**
 * The optimizer's items of one card: one per review after the first, holding the reviews up to it.
 * Only items with a review a day or more after the one before teach it anything, and fsrs-rs aborts
 * the whole process on an item without one, so those are left out.
 */
export function historyItems(history: readonly TrainingReview[]): TrainingReview[][] {
  const items: TrainingReview[][] = [];
  let usable = false;
  for (let index = 1; index < history.length; index++) {
    usable ||= history[index]!.deltaT > 0;
    if (usable) items.push(history.slice(0, index + 1));
  }
  return items;
}

/** All the member's optimizer items. */
export function trainingItems(log: readonly ReviewLogEntry[]): TrainingReview[][] {
  return trainingHistories(log).flatMap(historyItems);
}

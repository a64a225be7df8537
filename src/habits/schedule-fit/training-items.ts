import type { ReviewLogEntry } from '../../quiz/review-log.ts';
import { reviewsByCard } from '../../quiz/review-log.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One review as the FSRS optimizer reads it: the grade and whole days since the card's previous review. */
export interface TrainingReview {
  rating: number;
  deltaT: number;
}

/**
 * The member's log as optimizer items: for each card whose whole history is in the log (its first
 * logged review found it new), one item per review after the first, holding the reviews up to it.
 * Cards first studied before the log existed are left out: their first intervals are unknown.
 */
export function trainingItems(log: readonly ReviewLogEntry[]): TrainingReview[][] {
  const items: TrainingReview[][] = [];
  for (const reviews of reviewsByCard(log).values()) {
    if (reviews[0]?.stateBefore !== 0) continue;
    const history: TrainingReview[] = [];
    reviews.forEach((review, index) => {
      const deltaT = index === 0 ? 0 : Math.floor((review.at - reviews[index - 1]!.at) / DAY_MS);
      history.push({ rating: review.grade, deltaT });
      if (index > 0) items.push([...history]);
    });
  }
  return items;
}

/** Items the optimizer learns from: at least one review a day or more after the one before. */
export function usefulItemCount(items: readonly TrainingReview[][]): number {
  return items.filter((item) => item.slice(1).some((review) => review.deltaT > 0)).length;
}

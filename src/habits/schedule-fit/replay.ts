import { Rating } from 'ts-fsrs';
import type { Article } from '../../corpus/types.ts';
import type { DeckCard, MemberDeck } from '../../quiz/deck.ts';
import { review, retrievability, type FsrsWeights, type StoredCard } from '../../quiz/fsrs.ts';
import { reviewsByCard } from '../../quiz/review-log.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const OUTLOOK_DAYS = 30;

/**
 * Every card whose whole history is in the log, rescheduled as if `weights` had been used from its
 * first review (null: the defaults). Replaying the same log under the defaults gives back exactly
 * the states they gave, which is what makes fitting revertible. Changed cards get a new version, so
 * buttons drawn for the old schedule are recognised as stale.
 */
export function replayedCards(deck: MemberDeck, weights: FsrsWeights | null): Record<string, DeckCard> {
  const cards = { ...deck.cards };
  for (const [articleId, reviews] of reviewsByCard(deck.log)) {
    const current = cards[articleId];
    if (!current?.fsrs || reviews[0]?.stateBefore !== 0) continue;
    let state: StoredCard | null = null;
    for (const item of reviews) state = review(state, item.grade, new Date(item.at), weights);
    cards[articleId] = { fsrs: state, version: current.version + 1 };
  }
  return cards;
}

export interface ScheduleOutlook {
  /** Mean predicted recall, now, of the member's studied cards that are still published. */
  retention: number;
  /** Reviews per day over the next 30 days if every answer were Good. */
  reviewsPerDay: number;
}

export function scheduleOutlook(cards: Record<string, DeckCard>, weights: FsrsWeights | null, articles: readonly Article[], now: Date): ScheduleOutlook {
  const horizon = now.getTime() + OUTLOOK_DAYS * DAY_MS;
  let recallSum = 0;
  let studied = 0;
  let reviews = 0;
  for (const article of articles) {
    let state = cards[article.id]?.fsrs ?? null;
    if (!state) continue;
    studied++;
    recallSum += retrievability(state, now, weights);
    for (let guard = 0; state.due < horizon && guard < 400; guard++) {
      const at = new Date(Math.max(state.due, now.getTime()));
      state = review(state, Rating.Good, at, weights);
      reviews++;
    }
  }
  return { retention: studied === 0 ? 0 : recallSum / studied, reviewsPerDay: reviews / OUTLOOK_DAYS };
}

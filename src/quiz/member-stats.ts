import type { Article } from '../corpus/types.ts';
import { localDay, nextDay } from '../time.ts';
import { currentStreak, recentCounts } from './activity.ts';
import { cardOf, type MemberDeck } from './deck.ts';

export interface MemberStats {
  /** Published cards the member has reviewed at least once. */
  studied: number;
  dueToday: number;
  /** Due within the next seven local days, today included. */
  dueThisWeek: number;
  totalReviews: number;
  streak: number;
  last30Days: { reviews: number; notAgain: number };
}

/** Cards removed from the content folder no longer count as studied or due. */
export function memberStats(deck: MemberDeck, cards: readonly Article[], now: Date, zone: string): MemberStats {
  const today = localDay(now, zone);
  const weekEnd = nextDay(today, 6);
  let studied = 0;
  let dueToday = 0;
  let dueThisWeek = 0;
  for (const article of cards) {
    const state = cardOf(deck, article.id).fsrs;
    if (state === null) continue;
    studied++;
    const dueDay = localDay(new Date(state.due), zone);
    if (dueDay <= today) dueToday++;
    if (dueDay <= weekEnd) dueThisWeek++;
  }
  const recent = recentCounts(deck.activity, now, 30);
  return {
    studied,
    dueToday,
    dueThisWeek,
    totalReviews: deck.totalReviews,
    streak: currentStreak(deck.activity, now, zone),
    last30Days: { reviews: recent.reviews, notAgain: recent.reviews - recent.again },
  };
}

import type { Article } from '../corpus/types.ts';
import { localDay, nextDay } from '../time.ts';
import { cardOf, type MemberDeck } from './deck.ts';
import { retrievability } from './fsrs.ts';

/** New cards a member may start per local day. */
export const NEW_CARDS_PER_DAY = 10;

export interface StudyQueue {
  /** Studied cards due today or earlier, least likely remembered first. */
  due: Article[];
  /** New cards still allowed today, oldest article first. */
  fresh: Article[];
  /** What /quiz shows next: reviews before new cards. */
  next: Article | null;
  newLeftToday: number;
  dueTomorrow: number;
  newTomorrow: number;
}

/** The member's queue over the visible LeetCode cards (`cards`, oldest first), days counted in `zone`. */
export function buildStudyQueue(deck: MemberDeck, cards: readonly Article[], now: Date, zone: string): StudyQueue {
  const today = localDay(now, zone);
  const tomorrow = nextDay(today);
  const due: { article: Article; recall: number }[] = [];
  const unseen: Article[] = [];
  let dueTomorrow = 0;
  for (const article of cards) {
    const state = cardOf(deck, article.id).fsrs;
    if (state === null) {
      unseen.push(article);
      continue;
    }
    const dueDay = localDay(new Date(state.due), zone);
    if (dueDay <= today) due.push({ article, recall: retrievability(state, now, deck.weights) });
    if (dueDay <= tomorrow) dueTomorrow++;
  }
  due.sort((a, b) => a.recall - b.recall || a.article.id.localeCompare(b.article.id));
  const startedToday = deck.newCardsStartedAt.filter((t) => localDay(new Date(t), zone) === today).length;
  const newLeftToday = Math.max(0, NEW_CARDS_PER_DAY - startedToday);
  const fresh = unseen.slice(0, newLeftToday);
  return {
    due: due.map((d) => d.article),
    fresh,
    next: due[0]?.article ?? fresh[0] ?? null,
    newLeftToday,
    dueTomorrow,
    newTomorrow: Math.min(NEW_CARDS_PER_DAY, unseen.length),
  };
}

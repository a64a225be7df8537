import type { Grade } from 'ts-fsrs';
import type { Member } from '../interactions/types.ts';
import { localDay } from '../time.ts';
import {
  cardOf,
  findDailyRating,
  isLatestChange,
  recordReview,
  rememberDailyRating,
  replaceGrade,
  revertReview,
  type DailyRating,
  type ReviewCredit,
  type ReviewRecord,
} from './deck.ts';
import type { StoredCard } from './fsrs.ts';
import type { QuizStore } from './quiz-store.ts';

/**
 * Every change to a deck goes through here: under the member's lock, read the deck, change it,
 * write it back whole, and only then adjust the server tallies (the deck is the source of truth;
 * a tally off by one after a crash between the two writes is the lesser harm).
 */

/** Who is answering, and from which server (null in DMs: no leaderboard counts it). */
export interface Reviewer {
  member: Member;
  guildId: string | null;
  /** The server's zone, which decides the local day a review counts for. */
  zone: string;
}

function creditFor(reviewer: Reviewer, now: Date): ReviewCredit | null {
  return reviewer.guildId ? { guildId: reviewer.guildId, day: localDay(now, reviewer.zone) } : null;
}

/** Inside the member's lock, so a quick undo can never be counted before the rating it takes back. */
async function countFor(store: QuizStore, credit: ReviewCredit | null, member: Member, delta: number): Promise<void> {
  if (credit) await store.countReviews(credit.guildId, credit.day, member, delta);
}

export type QuizRatingOutcome = { kind: 'recorded'; record: ReviewRecord; card: StoredCard } | { kind: 'stale' };

/**
 * Records a /quiz answer if the card is still at `version` (the one the button was drawn for);
 * otherwise the click is a repeat or comes from an outdated message and changes nothing.
 */
export async function rateQuizCard(
  store: QuizStore,
  reviewer: Reviewer,
  articleId: string,
  version: number,
  grade: Grade,
  now: Date,
): Promise<QuizRatingOutcome> {
  return store.withMember(reviewer.member.id, async (): Promise<QuizRatingOutcome> => {
    const deck = await store.deck(reviewer.member.id);
    if (cardOf(deck, articleId).version !== version) return { kind: 'stale' };
    const record = recordReview(deck, articleId, grade, now, creditFor(reviewer, now));
    deck.lastQuizReview = record;
    await store.saveDeck(reviewer.member.id, deck);
    await countFor(store, record.credit, reviewer.member, 1);
    return { kind: 'recorded', record, card: cardOf(deck, articleId).fsrs! };
  });
}

export type UndoOutcome = { kind: 'undone'; record: ReviewRecord } | { kind: 'nothing' };

/**
 * Takes back the last /quiz answer, if `reviewId` is still that answer and the card has not
 * changed since (a daily-post rating in between makes the undo refuse rather than lose it).
 */
export async function undoQuizRating(store: QuizStore, member: Member, reviewId: number): Promise<UndoOutcome> {
  return store.withMember(member.id, async (): Promise<UndoOutcome> => {
    const deck = await store.deck(member.id);
    const record = deck.lastQuizReview;
    if (!record || record.id !== reviewId || !isLatestChange(deck, record)) return { kind: 'nothing' };
    revertReview(deck, record);
    deck.lastQuizReview = null;
    await store.saveDeck(member.id, deck);
    await countFor(store, record.credit, member, -1);
    return { kind: 'undone', record };
  });
}

export type DailyRatingOutcome =
  | { kind: 'recorded' | 'replaced' | 'unchanged'; rating: DailyRating; card: StoredCard }
  /** The card was reviewed again after this post's rating; that later review is kept. */
  | { kind: 'superseded'; card: StoredCard };

/**
 * A rating on the daily post of `guildId` for `postDay`. The first one records a review; another one
 * on the same post rewrites that review's grade instead of adding a second review.
 */
export async function rateDailyPost(
  store: QuizStore,
  reviewer: Reviewer & { guildId: string },
  postDay: string,
  articleId: string,
  grade: Grade,
  now: Date,
): Promise<DailyRatingOutcome> {
  const postKey = `${reviewer.guildId}:${postDay}`;
  return store.withMember(reviewer.member.id, async (): Promise<DailyRatingOutcome> => {
    const deck = await store.deck(reviewer.member.id);
    const earlier = findDailyRating(deck, postKey);
    if (earlier && earlier.articleId === articleId) {
      if (!isLatestChange(deck, earlier)) return { kind: 'superseded', card: cardOf(deck, articleId).fsrs! };
      if (earlier.grade === grade) return { kind: 'unchanged', rating: earlier, card: cardOf(deck, articleId).fsrs! };
      replaceGrade(deck, earlier, grade);
      rememberDailyRating(deck, earlier);
      await store.saveDeck(reviewer.member.id, deck);
      return { kind: 'replaced', rating: earlier, card: cardOf(deck, articleId).fsrs! };
    }
    const rating: DailyRating = { ...recordReview(deck, articleId, grade, now, creditFor(reviewer, now)), postKey };
    rememberDailyRating(deck, rating);
    await store.saveDeck(reviewer.member.id, deck);
    await countFor(store, rating.credit, reviewer.member, 1);
    return { kind: 'recorded', rating, card: cardOf(deck, articleId).fsrs! };
  });
}

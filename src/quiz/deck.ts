import { Rating, type Grade } from 'ts-fsrs';
import { addActivity, type ActivityBucket } from './activity.ts';
import { review, type FsrsWeights, type StoredCard } from './fsrs.ts';
import { appendLog, dropLogEntry, regradeLogEntry, type ReviewLogEntry } from './review-log.ts';

export interface DeckCard {
  /** null: never studied, or its only review was taken back. */
  fsrs: StoredCard | null;
  /**
   * Bumped on every change and never restored (not even by undo), so a button drawn for an older
   * state of the card is recognisably stale and a second click cannot record a second review.
   */
  version: number;
}

/** Where a review counts on a leaderboard: the server it was made from and that server's local day. */
export interface ReviewCredit {
  guildId: string;
  day: string;
}

/** One recorded answer, kept while it may still be taken back (/quiz undo) or replaced (daily post). */
export interface ReviewRecord {
  id: number;
  articleId: string;
  grade: Grade;
  at: number;
  /** The card before this review; null when it was a new card. */
  previous: StoredCard | null;
  versionAfter: number;
  credit: ReviewCredit | null;
}

/** A rating given on a daily post; `postKey` is `<guildId>:<day>` of that post. */
export interface DailyRating extends ReviewRecord {
  postKey: string;
}

/** A member's one deck, shared by every server: stored as a single record so each change is atomic. */
export interface MemberDeck {
  cards: Record<string, DeckCard>;
  totalReviews: number;
  activity: ActivityBucket[];
  /** When each new card got its first review; only the last two days are kept (the daily limit). */
  newCardsStartedAt: number[];
  /** The last /quiz rating, while it can be undone. */
  lastQuizReview: ReviewRecord | null;
  /** The newest daily-post ratings, so rating the same post again replaces instead of adding. */
  dailyRatings: DailyRating[];
  nextReviewId: number;
  /** Every review in order, for /export and for fitting the member's own FSRS parameters. */
  log: ReviewLogEntry[];
  /** FSRS weights fitted to this member's log; null: the defaults. */
  weights: FsrsWeights | null;
}

const NEW_CARD_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Ratings on daily posts older than this many posts are no longer replaceable, only repeatable. */
const DAILY_RATINGS_KEPT = 60;

export function emptyDeck(): MemberDeck {
  return { cards: {}, totalReviews: 0, activity: [], newCardsStartedAt: [], lastQuizReview: null, dailyRatings: [], nextReviewId: 1, log: [], weights: null };
}

export function cardOf(deck: MemberDeck, articleId: string): DeckCard {
  return deck.cards[articleId] ?? { fsrs: null, version: 0 };
}

/** Records an answer (mutating `deck`) and returns the record that can take it back. */
export function recordReview(deck: MemberDeck, articleId: string, grade: Grade, now: Date, credit: ReviewCredit | null): ReviewRecord {
  const card = cardOf(deck, articleId);
  const at = now.getTime();
  const next: DeckCard = { fsrs: review(card.fsrs, grade, now, deck.weights), version: card.version + 1 };
  deck.cards[articleId] = next;
  const id = deck.nextReviewId++;
  appendLog(deck.log, { id, articleId, at, grade, stateBefore: card.fsrs?.state ?? 0, intervalDays: next.fsrs!.scheduledDays });
  deck.totalReviews++;
  addActivity(deck.activity, at, 1, grade === Rating.Again ? 1 : 0);
  if (card.fsrs === null) {
    deck.newCardsStartedAt = [...deck.newCardsStartedAt.filter((t) => t > at - NEW_CARD_WINDOW_MS), at];
  }
  return { id, articleId, grade, at, previous: card.fsrs, versionAfter: next.version, credit };
}

/** Whether the card is still exactly as `record` left it, i.e. nothing was reviewed after it. */
export function isLatestChange(deck: MemberDeck, record: ReviewRecord): boolean {
  return cardOf(deck, record.articleId).version === record.versionAfter;
}

/** Takes a review back: the card returns to its earlier state and the review stops counting. */
export function revertReview(deck: MemberDeck, record: ReviewRecord): void {
  const card = cardOf(deck, record.articleId);
  deck.cards[record.articleId] = { fsrs: record.previous, version: card.version + 1 };
  deck.totalReviews = Math.max(0, deck.totalReviews - 1);
  dropLogEntry(deck.log, record.id);
  addActivity(deck.activity, record.at, -1, record.grade === Rating.Again ? -1 : 0);
  if (record.previous === null) {
    const index = deck.newCardsStartedAt.lastIndexOf(record.at);
    if (index >= 0) deck.newCardsStartedAt.splice(index, 1);
  }
}

/**
 * Replaces the grade of a review as if it had been given at the time: same instant, same previous
 * state, still one review. Mutates `deck` and `record`.
 */
export function replaceGrade(deck: MemberDeck, record: ReviewRecord, grade: Grade): void {
  const card = cardOf(deck, record.articleId);
  const replaced: DeckCard = { fsrs: review(record.previous, grade, new Date(record.at), deck.weights), version: card.version + 1 };
  deck.cards[record.articleId] = replaced;
  regradeLogEntry(deck.log, record.id, grade, replaced.fsrs!.scheduledDays);
  const againChange = (grade === Rating.Again ? 1 : 0) - (record.grade === Rating.Again ? 1 : 0);
  if (againChange !== 0) addActivity(deck.activity, record.at, 0, againChange);
  record.grade = grade;
  record.versionAfter = replaced.version;
}

export function findDailyRating(deck: MemberDeck, postKey: string): DailyRating | undefined {
  return deck.dailyRatings.find((rating) => rating.postKey === postKey);
}

export function rememberDailyRating(deck: MemberDeck, rating: DailyRating): void {
  deck.dailyRatings = [...deck.dailyRatings.filter((r) => r.postKey !== rating.postKey), rating].slice(-DAILY_RATINGS_KEPT);
}

import type { Grade } from 'ts-fsrs';

/**
 * A member's review log, kept inside their deck so that a review, its undo and its regrade change
 * the log in the same write as the card. Entries are tuples: a log of thousands of reviews is
 * rewritten with every rating, and field names would double its size.
 *
 * `[review id, epoch ms, article id, grade 1-4, FSRS state before the review 0-3, interval given in days]`
 */
export type ReviewLogEntry = [number, number, string, Grade, number, number];

export interface ReviewLogItem {
  id: number;
  articleId: string;
  at: number;
  grade: Grade;
  /** ts-fsrs State before the review: 0 new, 1 learning, 2 review, 3 relearning. */
  stateBefore: number;
  /** Days until the card came back after this review. */
  intervalDays: number;
}

export function appendLog(log: ReviewLogEntry[], item: ReviewLogItem): void {
  log.push([item.id, item.at, item.articleId, item.grade, item.stateBefore, item.intervalDays]);
}

export function readLog(log: readonly ReviewLogEntry[]): ReviewLogItem[] {
  return log.map(([id, at, articleId, grade, stateBefore, intervalDays]) => ({ id, at, articleId, grade, stateBefore, intervalDays }));
}

/** An undone review leaves no trace in the log. */
export function dropLogEntry(log: ReviewLogEntry[], reviewId: number): void {
  const index = log.findLastIndex((entry) => entry[0] === reviewId);
  if (index >= 0) log.splice(index, 1);
}

export function regradeLogEntry(log: ReviewLogEntry[], reviewId: number, grade: Grade, intervalDays: number): void {
  const entry = log.findLast((e) => e[0] === reviewId);
  if (!entry) return;
  entry[3] = grade;
  entry[5] = intervalDays;
}

/** Each card's reviews in time order, keyed by article id. */
export function reviewsByCard(log: readonly ReviewLogEntry[]): Map<string, ReviewLogItem[]> {
  const byCard = new Map<string, ReviewLogItem[]>();
  for (const item of readLog(log)) {
    const list = byCard.get(item.articleId) ?? [];
    list.push(item);
    byCard.set(item.articleId, list);
  }
  for (const list of byCard.values()) list.sort((a, b) => a.at - b.at || a.id - b.id);
  return byCard;
}
